namespace Certwatch.Cli.Json;

/// <summary>hstspreload.org eligibility; each failed check carries its chromium/hstspreload issue code.</summary>
/// <param name="Eligible">No error: the submission form would accept the domain.</param>
public sealed record ScanPreloadDto(string Domain, bool Eligible, IReadOnlyList<ScanPreloadIssueDto> Errors, IReadOnlyList<ScanPreloadIssueDto> Warnings);
