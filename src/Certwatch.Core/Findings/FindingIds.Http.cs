namespace Certwatch.Core.Findings;

/// <summary>Finding ids of the HTTP security layer (redirects, preload, security headers).</summary>
public static partial class FindingIds
{
    private static IReadOnlyList<string> HttpIds =>
    [
    ];
}
