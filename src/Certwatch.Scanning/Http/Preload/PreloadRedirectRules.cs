namespace Certwatch.Scanning.Http;

/// <summary>
/// hstspreload's redirect checks (redirects.go): at most 3 redirects from http:// or https://, never to
/// http://, and http://domain must first redirect to https://domain (same host) whose response itself
/// carries a preloadable header.
/// </summary>
internal static class PreloadRedirectRules
{
    public const int MaxRedirects = 3;

    public static IReadOnlyList<PreloadIssue> CheckHttps(RedirectChain chain) => [.. Following(chain), .. Insecure(chain)];

    public static IReadOnlyList<PreloadIssue> CheckHttp(RedirectChain chain, string domain)
    {
        if (!chain.First.Answered)
        {
            return [PreloadIssue.Warning("redirects.http.does_not_exist", $"{chain.StartUrl} is unavailable over plain HTTP ({chain.First.ErrorMessage}); allowed")];
        }

        var issues = new List<PreloadIssue>();
        if (chain.First.HeaderValues(JudgedHeaders.StrictTransportSecurity).Count > 0)
        {
            issues.Add(PreloadIssue.Warning("redirects.http.useless_header", $"{chain.StartUrl} sends Strict-Transport-Security over plain HTTP, where browsers ignore it (RFC 6797 §8.1)"));
        }

        issues.AddRange(Following(chain));
        var targets = chain.RedirectTargets;
        if (targets.Count == 0)
        {
            return [.. issues, PreloadIssue.Error("redirects.http.no_redirect", $"{chain.StartUrl} does not redirect to https://{domain}")];
        }

        var first = new Uri(targets[0]);
        if (first.Scheme == Uri.UriSchemeHttps && first.IdnHost.Equals(domain, StringComparison.OrdinalIgnoreCase))
        {
            return [.. issues, .. FirstRedirectHsts(chain, targets[0]), .. Insecure(chain)];
        }

        return first.IdnHost.Equals("www." + domain, StringComparison.OrdinalIgnoreCase)
            ? [.. issues, PreloadIssue.Error("redirects.http.www_first", $"{chain.StartUrl} redirects to {targets[0]} before https://{domain}; browsers then never see HSTS for {domain}")]
            : [.. issues, PreloadIssue.Error("redirects.http.first_redirect.insecure", $"{chain.StartUrl} first redirects to {targets[0]}, not to https://{domain}")];
    }

    private static IEnumerable<PreloadIssue> FirstRedirectHsts(RedirectChain chain, string target)
    {
        if (chain.Hops.Count < 2 || !chain.Hops[1].Answered)
        {
            var why = chain.Hops.Count < 2 ? "it was not followed" : chain.Hops[1].ErrorMessage;
            return [PreloadIssue.Error("redirects.http.first_redirect.invalid", $"{chain.StartUrl} redirects to {target}, which could not be fetched: {why}")];
        }

        var errors = PreloadResponseRules.CheckHeader(chain.Hops[1]).Where(i => i.Severity == PreloadIssueSeverity.Error).ToList();
        return errors.Count == 0 ? []
            : [PreloadIssue.Error("redirects.http.first_redirect.no_hsts", $"{chain.StartUrl} redirects to {target}, whose header is not preloadable: {errors[0].Message}")];
    }

    private static IEnumerable<PreloadIssue> Following(RedirectChain chain)
    {
        // A loop or an endless chain passes 3 redirects first; hstspreload's client stops there.
        if (chain.RedirectTargets.Count > MaxRedirects || chain.Outcome is RedirectChainOutcome.TooManyRedirects or RedirectChainOutcome.Loop)
        {
            return [PreloadIssue.Error("redirects.too_many", $"more than {MaxRedirects} redirects from {chain.StartUrl}")];
        }

        return chain.Outcome is RedirectChainOutcome.HopFailed or RedirectChainOutcome.InvalidLocation && chain.Hops.Count > 1
            ? [PreloadIssue.Error("redirects.follow_error", $"error following redirects: {chain.Message}")]
            : [];
    }

    private static IEnumerable<PreloadIssue> Insecure(RedirectChain chain)
    {
        var targets = chain.RedirectTargets;
        for (var i = 0; i < targets.Count && i <= MaxRedirects; i++)
        {
            if (!targets[i].StartsWith("https:", StringComparison.OrdinalIgnoreCase))
            {
                return [i == 0
                    ? PreloadIssue.Error("redirects.insecure.initial", $"{chain.StartUrl} redirects to an insecure page: {targets[i]}")
                    : PreloadIssue.Error("redirects.insecure.subsequent", $"{chain.StartUrl} redirects to an insecure page on redirect #{i + 1}: {targets[i]}")];
            }
        }

        return [];
    }
}
