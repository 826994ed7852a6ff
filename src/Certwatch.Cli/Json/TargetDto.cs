namespace Certwatch.Cli.Json;

/// <summary>One target. <see cref="Host"/> and <see cref="Port"/> are null when the input could not be parsed.</summary>
public sealed record TargetDto(
    string Input,
    string? Host,
    int? Port,
    string? ServerName,
    string? PinnedAddress,
    string Status,
    int ExitCode,
    string? Error,
    double ElapsedMs,
    int? DaysLeft,
    int? ChainDaysLeft,
    IReadOnlyList<FindingDto> Findings,
    IReadOnlyList<AddressDto> Addresses);
