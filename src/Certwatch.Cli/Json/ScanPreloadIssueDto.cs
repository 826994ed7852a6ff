namespace Certwatch.Cli.Json;

/// <summary>One hstspreload check that did not pass, e.g. "header.preloadable.max_age.below_1_year".</summary>
public sealed record ScanPreloadIssueDto(string Code, string Message);
