namespace Certwatch.Cli.Json;

/// <summary>One probed address: the handshake, the certificates as served, the path validation, findings and client verdicts.</summary>
public sealed record AddressDto(
    string Address,
    HandshakeDto Handshake,
    IReadOnlyList<CertificateDto> Certificates,
    ValidationDto? Validation,
    IReadOnlyList<FindingDto> Findings,
    IReadOnlyList<VerdictDto> Verdicts)
{
    /// <summary>AIA caIssuers downloads made for this chain (empty when none were needed or fetching is off).</summary>
    public IReadOnlyList<AiaFetchDto> AiaFetches { get; init; } = [];

    /// <summary>OCSP/CRL answers for the certificates of the path (empty with --no-revocation or --no-fetch).</summary>
    public IReadOnlyList<RevocationDto> Revocation { get; init; } = [];
}
