using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Check;

/// <summary>The fact that the host asserts HSTS, which turns every certificate error into a dead end.</summary>
internal static class HstsFinding
{
    /// <summary>RFC 6797 §12.1: on a Known HSTS Host a browser shows certificate errors with no click-through.</summary>
    public static Finding Present(string headerValue, string? address) => new(
        FindingIds.HttpHstsPresent,
        Severity.Info,
        "The host sends Strict-Transport-Security",
        "Browsers that have seen this header refuse to let users click through any certificate error on this host " +
        "until max-age runs out (RFC 6797 §12.1), so a broken certificate locks every returning visitor out.",
        [$"Strict-Transport-Security: {headerValue}"],
        null,
        address);
}
