using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>A possible issuer of a certificate, and whether it is (equivalent to) a trust anchor.</summary>
internal sealed record IssuerCandidate(CertificateInfo Certificate, bool IsAnchor);
