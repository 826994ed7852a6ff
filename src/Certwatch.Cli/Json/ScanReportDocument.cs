namespace Certwatch.Cli.Json;

/// <summary>
/// The top level of <c>certwatch scan --json</c>. Shape documented in docs/json.md ("scan") and
/// docs/scan-report.schema.json; same versioning policy as the check report.
/// </summary>
/// <param name="Kind">Always "scan", so a consumer can tell a scan report from a check report.</param>
public sealed record ScanReportDocument(
    string SchemaVersion,
    string Kind,
    ToolDto Tool,
    DateTimeOffset ValidationTime,
    TrustStoreDto TrustStore,
    string Status,
    int ExitCode,
    IReadOnlyList<ScanTargetDto> Targets);
