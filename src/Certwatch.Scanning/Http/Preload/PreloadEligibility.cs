namespace Certwatch.Scanning.Http;

/// <summary>Whether hstspreload.org would accept the domain, checked from here (chromium/hstspreload's preloadable checks).</summary>
/// <param name="Domain">The domain checked.</param>
/// <param name="Issues">Every failed check, errors first.</param>
public sealed record PreloadEligibility(string Domain, IReadOnlyList<PreloadIssue> Issues)
{
    /// <summary>No error: the submission form would accept the domain.</summary>
    public bool Eligible => !Issues.Any(i => i.Severity == PreloadIssueSeverity.Error);

    public IEnumerable<PreloadIssue> Errors => Issues.Where(i => i.Severity == PreloadIssueSeverity.Error);

    public IEnumerable<PreloadIssue> Warnings => Issues.Where(i => i.Severity == PreloadIssueSeverity.Warning);
}
