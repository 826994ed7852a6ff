namespace Certwatch.Cli.Json;

/// <summary>
/// The top level of <c>certwatch check --json</c>. Shape documented in docs/json.md and
/// docs/check-report.schema.json; changes follow the versioning policy there (additive = minor bump, never a rename).
/// </summary>
public sealed record CheckReportDocument(
    string SchemaVersion,
    ToolDto Tool,
    DateTimeOffset ValidationTime,
    TrustStoreDto TrustStore,
    string Status,
    int ExitCode,
    IReadOnlyList<TargetDto> Targets);
