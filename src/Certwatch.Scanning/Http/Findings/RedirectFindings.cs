using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Http;

/// <summary>Findings of the HTTP→HTTPS redirect verdict (hstspreload.org requirement 2; Observatory redirection).</summary>
internal static class RedirectFindings
{
    private static readonly FixAdvice RedirectToSameHost = new(
        "On the plain-HTTP listener, redirect every request to HTTPS on the same host, in one step.",
        [new ServerConfigLine("nginx", "return 301 https://$host$request_uri;"),
         new ServerConfigLine("apache", "RewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]")]);

    public static IEnumerable<Finding> For(HttpFindingInput input)
    {
        var verdict = input.Redirect;
        var evidence = input.Http is null ? [] : ProbeFindings.Evidence(input.Http);
        Finding Make(string id, string title, string detail) => new(id, Severity.Warning, title, detail, evidence, RedirectToSameHost, input.Address);
        switch (verdict.Status)
        {
            case HttpsRedirectStatus.NoRedirect:
                yield return Make(FindingIds.HttpRedirectMissing, $"{verdict.StartUrl} does not redirect to HTTPS",
                    "Visitors who type the name or follow an http:// link stay on plain HTTP, readable and changeable by anyone on the path, " +
                    "and browsers never see the HSTS header (hstspreload redirects.http.no_redirect; Observatory redirection-missing −20).");
                break;
            case HttpsRedirectStatus.FirstRedirectInsecure or HttpsRedirectStatus.LaterRedirectInsecure:
                yield return Make(FindingIds.HttpRedirectInsecure, verdict.Message,
                    "A redirect to http:// puts the visit back on plain HTTP where it can be intercepted (hstspreload redirects.http.first_redirect.insecure / " +
                    "redirects.insecure.*; Observatory −10 or −20).");
                break;
            case HttpsRedirectStatus.FirstRedirectOffHost:
                yield return Make(FindingIds.HttpRedirectOffHost, verdict.Message,
                    "Browsers record HSTS for a host only when that host's HTTPS response carries it; going to another host (often www) first means " +
                    "this host never gets HSTS (hstspreload redirects.http.www_first / first_redirect.insecure; Observatory −5).");
                break;
            case HttpsRedirectStatus.TooManyRedirects when input.Http?.Outcome != RedirectChainOutcome.Loop:
                yield return Make(FindingIds.HttpRedirectTooMany, verdict.Message,
                    "Each redirect is a round trip, and hstspreload.org refuses more than 3 (redirects.too_many).");
                break;
        }
    }
}
