using Certwatch.Core.Findings;
using Certwatch.Scanning.Check;

namespace Certwatch.Scanning.Http;

/// <summary>All http.* findings of a report, in a stable order: transport first, then headers.</summary>
internal static class HttpSecurityFindings
{
    public static IReadOnlyList<Finding> For(HttpFindingInput input) =>
    [
        .. ProbeFindings.For(input),
        .. HstsScanFindings.For(input),
        .. HstsFindings.For(input.Hsts.Policy, input.IpLiteral, input.Address),
        .. RedirectFindings.For(input),
        .. PreloadFindings.For(input),
        .. CspFindings.For(input),
        .. HeaderFindings.For(input),
        .. CookieFindings.For(input),
    ];

    /// <summary>An nginx line that sets a header on every response, errors included (`always`).</summary>
    public static ServerConfigLine Nginx(string header, string value) => new("nginx", $"add_header {header} \"{value}\" always;");

    public static ServerConfigLine Apache(string header, string value) => new("apache", $"Header always set {header} \"{value}\"");
}
