namespace Certwatch.X509.Model;

/// <summary>Raised inside the decoder only; <see cref="CertificateParser"/> turns it into a false return and a reason.</summary>
internal sealed class MalformedCertificateException(string message) : Exception(message);
