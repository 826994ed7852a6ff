namespace Certwatch.Cli.Json;

/// <summary>
/// One scanned address: the certificate check (same shape as a check report's address), the probe facts,
/// and their assessment (findings, client simulation, grade, Mozilla profiles).
/// </summary>
/// <param name="Http">The HTTP layer; null when it did not run (--no-http, STARTTLS targets).</param>
public sealed record ScanAddressDto(
    string Address,
    int Connections,
    double ElapsedMs,
    ScanGradeDto Grade,
    ScanFactsDto Probes,
    IReadOnlyList<FindingDto> Findings,
    IReadOnlyList<ScanClientDto> Clients,
    IReadOnlyList<ScanMozillaDto> Mozilla,
    AddressDto Certificate,
    ScanHttpDto? Http);
