using Certwatch.Cli.Reporting;
using Certwatch.Scanning.Scan;

namespace Certwatch.Cli.Json;

/// <summary>A finished scan run → the versioned JSON document.</summary>
public static class ScanReportMapper
{
    /// <summary>Major.minor of the scan JSON shape; see docs/json.md for when each part changes.</summary>
    public const string SchemaVersion = "1.1";

    public const string Kind = "scan";

    public static ScanReportDocument Map(ScanRun run, string toolVersion) => new(
        SchemaVersion,
        Kind,
        new ToolDto("certwatch", toolVersion),
        run.ValidationTime,
        new TrustStoreDto(run.TrustStoreName, run.TrustAnchorCount),
        JsonNames.Status(run.Status),
        run.ExitCode,
        [.. run.Results.Select(Target)]);

    private static ScanTargetDto Target(ScanTargetResult result)
    {
        var report = result.Report;
        return new ScanTargetDto(
            result.Input,
            report?.Target.Host,
            report?.Target.Port,
            report?.Target.ServerName,
            report?.Target.PinnedAddress?.ToString(),
            JsonNames.Status(result.Status),
            (int)result.Status,
            result.Error,
            report is null ? 0 : Math.Round(report.Elapsed.TotalMilliseconds, 3),
            result.Grade,
            [.. report?.Findings.Select(FindingMapper.Map) ?? []],
            [.. report?.Addresses.Select(a => Address(a, report.ValidationTime)) ?? []]);
    }

    private static ScanAddressDto Address(ScanAddressReport address, DateTimeOffset validationTime)
    {
        var assessment = address.Assessment;
        var grade = assessment.Grade;
        return new ScanAddressDto(
            address.Address,
            address.Facts.Connections,
            Math.Round(address.Facts.Elapsed.TotalMilliseconds, 3),
            new ScanGradeDto(grade.Grade, grade.GradeIgnoringTrust, grade.Score, grade.ProtocolScore, grade.KeyExchangeScore, grade.CipherScore,
                [.. grade.Caps.Select(c => new ScanGradeCapDto(c.Cap, c.Rule, c.Reason))], grade.Notes),
            ScanFactsMapper.Map(address.Facts, assessment.OcspStaple),
            [.. assessment.Findings.Select(FindingMapper.Map)],
            [.. assessment.Clients.Select(c => new ScanClientDto(c.Client, c.Success, c.Protocol is { } p ? ScanJsonNames.Version(p) : null, c.Suite?.IanaName, c.Group?.ToString(), c.Failure))],
            [.. assessment.Mozilla.Select(m => new ScanMozillaDto(m.Profile, m.Compliant, m.Deviations))],
            AddressMapper.Map(address.Certificate, validationTime),
            ScanHttpMapper.Map(address.Http));
    }
}
