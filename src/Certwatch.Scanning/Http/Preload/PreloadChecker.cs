namespace Certwatch.Scanning.Http;

/// <summary>
/// Composes chromium/hstspreload's "preloadable" checks in its order (PreloadableDomain): domain format and
/// level, then TLS on https://domain (stop if it cannot connect), the first HTTPS response's header, the
/// HTTPS and HTTP redirect chains, and www. Pure: works on recorded hops.
/// </summary>
internal static class PreloadChecker
{
    public static PreloadEligibility Check(string domain, RedirectChain https, RedirectChain? http, WwwCheck www, PublicSuffixList suffixes)
    {
        var issues = new List<PreloadIssue>(PreloadDomainRules.Check(domain, suffixes));
        var tls = PreloadResponseRules.CheckTls(https.First);
        issues.AddRange(tls);
        if (tls.Any(i => i.Code == "domain.tls.cannot_connect"))
        {
            return Sorted(domain, issues);
        }

        if (https.First.Answered)
        {
            issues.AddRange(PreloadResponseRules.CheckHeader(https.First));
        }

        issues.AddRange(PreloadRedirectRules.CheckHttps(https));
        if (http is not null)
        {
            issues.AddRange(PreloadRedirectRules.CheckHttp(http, domain));
        }

        if (www.Status == WwwCheckStatus.TlsFails)
        {
            issues.Add(PreloadIssue.Error("domain.www.no_tls", $"{www.Host} accepts connections on the HTTPS port but HTTPS fails: {www.Detail}"));
        }

        return Sorted(domain, issues);
    }

    private static PreloadEligibility Sorted(string domain, List<PreloadIssue> issues) =>
        new(domain, [.. issues.OrderByDescending(i => i.Severity)]);
}
