namespace Certwatch.Scanning.Http;

/// <summary>
/// Judges the chain from http://host/: the first redirect must go to https on the same host (so the browser
/// sees this host's HSTS header before any other host's), no later redirect may return to http, and at most
/// 3 redirects (hstspreload redirects.go maxRedirects; hstspreload.org requirement 2).
/// </summary>
internal static class HttpsRedirectJudge
{
    public static HttpsRedirectVerdict Judge(RedirectChain chain)
    {
        var targets = chain.RedirectTargets;
        HttpsRedirectVerdict Verdict(HttpsRedirectStatus status, string message) => new(status, chain.StartUrl, targets, message);
        if (!chain.First.Answered)
        {
            return chain.First.Error is HttpHopError.ConnectFailed
                ? Verdict(HttpsRedirectStatus.NoPlainHttp, $"nothing listens at {chain.StartUrl} ({chain.First.ErrorMessage})")
                : Verdict(HttpsRedirectStatus.Broken, $"{chain.StartUrl}: {chain.First.ErrorMessage}");
        }

        if (targets.Count == 0)
        {
            return Verdict(HttpsRedirectStatus.NoRedirect, $"{chain.StartUrl} answers {chain.First.StatusCode} over plain HTTP without redirecting to HTTPS");
        }

        var first = new Uri(targets[0]);
        var start = new Uri(chain.StartUrl);
        return first.Scheme != Uri.UriSchemeHttps ? Verdict(HttpsRedirectStatus.FirstRedirectInsecure, $"{chain.StartUrl} first redirects to {targets[0]}, which is not HTTPS")
            : !RedirectFollower.SameHost(first, start) ? Verdict(HttpsRedirectStatus.FirstRedirectOffHost, $"{chain.StartUrl} first redirects to another host, {targets[0]}, instead of https://{start.IdnHost}/")
            : targets.Skip(1).FirstOrDefault(t => !t.StartsWith("https:", StringComparison.OrdinalIgnoreCase)) is { } back
                ? Verdict(HttpsRedirectStatus.LaterRedirectInsecure, $"the chain from {chain.StartUrl} returns to plain HTTP: {back}")
            : targets.Count > PreloadRedirectRules.MaxRedirects || chain.Outcome is RedirectChainOutcome.Loop or RedirectChainOutcome.TooManyRedirects
                ? Verdict(HttpsRedirectStatus.TooManyRedirects, $"{chain.Message}; at most {PreloadRedirectRules.MaxRedirects} redirects are allowed")
            : chain.Outcome is RedirectChainOutcome.HopFailed or RedirectChainOutcome.InvalidLocation
                ? Verdict(HttpsRedirectStatus.Broken, chain.Message)
            : Verdict(HttpsRedirectStatus.Correct, $"{chain.StartUrl} redirects to {targets[0]}");
    }
}
