using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Http;

/// <summary>Findings about following the chains themselves: a hop that gave no usable response, a loop, no end.</summary>
internal static class ProbeFindings
{
    public static IEnumerable<Finding> For(HttpFindingInput input)
    {
        foreach (var chain in new[] { input.Https, input.Http }.OfType<RedirectChain>())
        {
            // Nothing listening on plain HTTP is allowed (hstspreload redirects.http.does_not_exist is a warning only).
            var noPlainHttp = chain == input.Http && chain.Hops.Count == 1 && chain.First.Error == HttpHopError.ConnectFailed;
            if (chain.Outcome is RedirectChainOutcome.HopFailed or RedirectChainOutcome.InvalidLocation && !noPlainHttp)
            {
                yield return Failed(chain, input.Address);
            }
            else if (chain.Outcome == RedirectChainOutcome.Loop)
            {
                yield return Loop(chain, input.Address);
            }
            else if (chain.Outcome == RedirectChainOutcome.TooManyRedirects && chain == input.Https)
            {
                yield return new Finding(FindingIds.HttpRedirectTooMany, Severity.Warning, $"{chain.StartUrl} never stops redirecting",
                    "Browsers give up after 20 redirects (Chrome ERR_TOO_MANY_REDIRECTS); Certwatch stopped at its limit.",
                    Evidence(chain), FixAdvice.Text("Make the redirect chain end at a page that answers 200."), input.Address);
            }
        }
    }

    private static Finding Failed(RedirectChain chain, string address)
    {
        var hop = chain.Last;
        return new Finding(FindingIds.HttpProbeFailed, Severity.Warning, $"{hop.Url}: {hop.ErrorMessage ?? chain.Message}",
            "The server gave no usable HTTP response head, so browsers fail the same way. Certwatch bounds every response " +
            "(size, line length, field count, time) and stops instead of hanging on a hostile or broken server.",
            Evidence(chain), FixAdvice.Text("Check the web server's error log for this request; the response head must be HTTP/1.1 within the limits."), address);
    }

    private static Finding Loop(RedirectChain chain, string address) => new(
        FindingIds.HttpRedirectLoop, Severity.Warning, $"Redirect loop from {chain.StartUrl}",
        "The chain returns to a URL it already visited: browsers show ERR_TOO_MANY_REDIRECTS and the site is unreachable.",
        Evidence(chain),
        new FixAdvice("Redirect plain HTTP to HTTPS only on the port-80 server block, never on the HTTPS one (a proxy that terminates TLS must pass X-Forwarded-Proto).",
            [new ServerConfigLine("nginx", "return 301 https://$host$request_uri;  # only in the `listen 80` server block")]),
        address);

    public static IReadOnlyList<string> Evidence(RedirectChain chain) =>
        [.. chain.Hops.Select(h => h.Answered
            ? $"{h.Url} → {h.StatusCode}{(h.Location is null ? "" : " Location: " + h.Location)} ({h.Duration.TotalMilliseconds:0} ms)"
            : $"{h.Url} → {h.Error}: {h.ErrorMessage}"), chain.Message];
}
