namespace Certwatch.X509.Analysis;

/// <summary>Facts about the served chain as a deployment (sslyze's CertificateDeploymentAnalysis).</summary>
/// <param name="InOrder">Each certificate is issued by the next one.</param>
/// <param name="ContainsAnchor">The server sent a root / trust anchor.</param>
/// <param name="DuplicateCount">Certificates sent more than once.</param>
/// <param name="UnrelatedCount">Served certificates not on the built path.</param>
/// <param name="LeafMatchesName">The leaf is valid for the expected name.</param>
/// <param name="MissingIssuer">The subject of the issuer that should have been sent, when the chain is incomplete.</param>
/// <param name="MissingIssuerUrl">The AIA CA Issuers URL where the missing issuer can be downloaded.</param>
public sealed record ServedChainFacts(
    bool InOrder,
    bool ContainsAnchor,
    int DuplicateCount,
    int UnrelatedCount,
    bool LeafMatchesName,
    string? MissingIssuer,
    string? MissingIssuerUrl);
