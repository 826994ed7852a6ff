namespace Certwatch.Scanning.Http;

/// <summary>One hstspreload.org check that did not pass.</summary>
/// <param name="Code">The issue code exactly as chromium/hstspreload names it, e.g. "header.preloadable.max_age.below_1_year".</param>
/// <param name="Severity">Error blocks submission; warning does not.</param>
/// <param name="Message">What was seen, quoting the header, URL or name.</param>
public sealed record PreloadIssue(string Code, PreloadIssueSeverity Severity, string Message)
{
    public static PreloadIssue Error(string code, string message) => new(code, PreloadIssueSeverity.Error, message);

    public static PreloadIssue Warning(string code, string message) => new(code, PreloadIssueSeverity.Warning, message);
}
