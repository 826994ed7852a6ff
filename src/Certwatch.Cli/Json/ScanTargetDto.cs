namespace Certwatch.Cli.Json;

/// <summary>One scanned target; <see cref="Grade"/> is the lowest among its addresses (null when none was graded).</summary>
public sealed record ScanTargetDto(
    string Input,
    string? Host,
    int? Port,
    string? ServerName,
    string? PinnedAddress,
    string Status,
    int ExitCode,
    string? Error,
    double ElapsedMs,
    string? Grade,
    IReadOnlyList<FindingDto> Findings,
    IReadOnlyList<ScanAddressDto> Addresses);
