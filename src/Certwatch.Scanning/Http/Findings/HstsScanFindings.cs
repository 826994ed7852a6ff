using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Http;

/// <summary>HSTS findings beyond what `check` reports: missing, several headers, a header over plain HTTP.</summary>
internal static class HstsScanFindings
{
    private static readonly FixAdvice SendHeader = new(
        "Send one Strict-Transport-Security header on every HTTPS response, errors and redirects included.",
        [HttpSecurityFindings.Nginx("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
         HttpSecurityFindings.Apache("Strict-Transport-Security", "max-age=31536000; includeSubDomains")]);

    public static IEnumerable<Finding> For(HttpFindingInput input)
    {
        var hsts = input.Hsts;
        if (hsts.SeenOnUrl is not null && hsts.HeaderCount == 0 && !input.IpLiteral)
        {
            yield return new Finding(FindingIds.HttpHstsMissing, Severity.Warning, $"{hsts.SeenOnUrl} sends no Strict-Transport-Security header",
                "Without HSTS a browser tries plain http:// first whenever a user types the name or follows an old link, and an attacker " +
                "on the network can keep the visit on HTTP (RFC 6797 §2.3.1); certificate errors also stay click-through.",
                [$"{hsts.SeenOnUrl} → no Strict-Transport-Security"], SendHeader, input.Address);
        }

        if (hsts.HeaderCount > 1)
        {
            var values = input.Https.First.HeaderValues(JudgedHeaders.StrictTransportSecurity);
            yield return new Finding(FindingIds.HttpHstsMultiple, Severity.Warning, $"{hsts.HeaderCount} Strict-Transport-Security headers; browsers use only the first",
                "RFC 6797 §7.1: a server MUST send one header; §8.1: browsers process only the first. hstspreload.org rejects the domain " +
                "(response.multiple_headers). Often nginx `add_header` in both a server and a location block, or the application and the proxy both adding it.",
                [.. values.Select((v, i) => $"#{i + 1}{(i == 0 ? " (used)" : " (ignored)")}: Strict-Transport-Security: {v}")], SendHeader, input.Address);
        }

        if (hsts.OverPlainHttp is { } plain)
        {
            yield return new Finding(FindingIds.HttpHstsOverHttp, Severity.Info, "Strict-Transport-Security is sent over plain HTTP, where browsers ignore it",
                "RFC 6797 §7.2: a server MUST NOT send it over non-secure transport; §8.1: browsers ignore it there (hstspreload redirects.http.useless_header).",
                [$"{input.Http!.StartUrl} → Strict-Transport-Security: {plain}"],
                FixAdvice.Text("Send the header only from the HTTPS server block; redirect plain HTTP instead."), input.Address);
        }
    }
}
