namespace Certwatch.Cli.Json;

/// <summary>One probed address: the handshake, the certificates as served, the path validation, findings and client verdicts.</summary>
public sealed record AddressDto(
    string Address,
    HandshakeDto Handshake,
    IReadOnlyList<CertificateDto> Certificates,
    ValidationDto? Validation,
    IReadOnlyList<FindingDto> Findings,
    IReadOnlyList<VerdictDto> Verdicts);
