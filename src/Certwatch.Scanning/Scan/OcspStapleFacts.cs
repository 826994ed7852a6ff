namespace Certwatch.Scanning.Scan;

/// <summary>The OCSP response the server staples (CertificateStatus, RFC 6066 §8), as raw DER.</summary>
/// <param name="Stapled">The server sent a CertificateStatus message.</param>
/// <param name="Response">The OCSPResponse DER when stapled.</param>
/// <param name="Protocol">The version it was observed on (TLS 1.2 shows it in clear).</param>
public sealed record OcspStapleFacts(bool Stapled, ReadOnlyMemory<byte>? Response, Certwatch.Tls.Wire.ProtocolVersion Protocol);
