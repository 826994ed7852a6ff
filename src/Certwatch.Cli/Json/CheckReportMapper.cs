using Certwatch.Cli.Reporting;

namespace Certwatch.Cli.Json;

/// <summary>A finished run → the versioned JSON document.</summary>
public static class CheckReportMapper
{
    /// <summary>Major.minor of the JSON shape; see docs/json.md for when each part changes.</summary>
    public const string SchemaVersion = "1.0";

    public static CheckReportDocument Map(CheckRun run, string toolVersion) => new(
        SchemaVersion,
        new ToolDto("certwatch", toolVersion),
        run.ValidationTime,
        new TrustStoreDto(run.TrustStoreName, run.TrustAnchorCount),
        JsonNames.Status(run.Status),
        run.ExitCode,
        run.Results.Select(Target).ToList());

    private static TargetDto Target(TargetResult result)
    {
        var report = result.Report;
        return new TargetDto(
            result.Input,
            report?.Target.Host,
            report?.Target.Port,
            report?.Target.ServerName,
            report?.Target.PinnedAddress?.ToString(),
            JsonNames.Status(result.Status),
            (int)result.Status,
            result.Error,
            report is null ? 0 : Math.Round(report.Elapsed.TotalMilliseconds, 3),
            report is null ? null : ExpiryFacts.LeafDaysLeft(report),
            report is null ? null : ExpiryFacts.ChainDaysLeft(report),
            report?.Findings.Select(FindingMapper.Map).ToList() ?? [],
            report?.Addresses.Select(a => AddressMapper.Map(a, report.ValidationTime)).ToList() ?? []);
    }
}
