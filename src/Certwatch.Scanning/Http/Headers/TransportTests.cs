namespace Certwatch.Scanning.Http;

/// <summary>
/// The transport rows of the Observatory score: HSTS (strict-transport-security.js) on the HTTPS response
/// and redirection (redirection.js) from http://host/. The "preloaded" outcomes need the preload list, which
/// Certwatch does not ship: they are never awarded (at most 5 points missed).
/// </summary>
internal static class TransportTests
{
    /// <summary>Observatory's six months: 15768000 s (182.5 days).</summary>
    public const long SixMonthsSeconds = 15_768_000;

    public static HeaderTestResult Hsts(HttpHop? https, HstsPolicy policy)
    {
        const string Test = "strict-transport-security";
        if (https is not { Answered: true })
        {
            return new(Test, "hsts-not-implemented-no-https", -20, "HTTPS did not answer, so there is no HSTS", null);
        }

        if (https.Tls is { CertificateTrusted: false } tls)
        {
            return new(Test, "hsts-invalid-cert", -20, $"browsers ignore HSTS sent with an untrusted certificate (RFC 6797 §8.1): {tls.CertificateProblem}", policy.HeaderValue);
        }

        return policy switch
        {
            { Present: false } => new(Test, "hsts-not-implemented", -20, "no Strict-Transport-Security header", null),
            { Valid: false } => new(Test, "hsts-header-invalid", -20, "browsers ignore the header: " + string.Join("; ", policy.ReasonsIgnored.Select(p => p.Message)), policy.HeaderValue),
            _ when policy.MaxAgeSeconds >= SixMonthsSeconds => new(Test, "hsts-implemented-max-age-at-least-six-months", 0, $"max-age {policy.DeclaredMaxAgeSeconds} s is at least six months", policy.HeaderValue),
            _ => new(Test, "hsts-implemented-max-age-less-than-six-months", -10, $"max-age {policy.DeclaredMaxAgeSeconds} s is under six months ({SixMonthsSeconds} s)", policy.HeaderValue),
        };
    }

    public static HeaderTestResult Redirection(HttpsRedirectVerdict verdict, RedirectChain? http)
    {
        const string Test = "redirection";
        var final = http?.Last;
        var chain = verdict.StartUrl is null ? null : string.Join(" → ", [verdict.StartUrl, .. verdict.Redirects]);
        if (final?.Tls is { CertificateTrusted: false } tls && verdict.Status is not HttpsRedirectStatus.NoRedirect)
        {
            return new(Test, "redirection-invalid-cert", -20, $"the redirect ends at {final.Url} with an untrusted certificate: {tls.CertificateProblem}", chain);
        }

        return verdict.Status switch
        {
            HttpsRedirectStatus.NotChecked => new(Test, "redirection-not-checked", 0, "the plain-HTTP port was not checked", null),
            HttpsRedirectStatus.NoPlainHttp => new(Test, "redirection-not-needed-no-http", 0, "nothing listens on plain HTTP", null),
            HttpsRedirectStatus.Correct => new(Test, "redirection-to-https", 0, verdict.Message, chain),
            HttpsRedirectStatus.NoRedirect => new(Test, "redirection-missing", -20, verdict.Message, chain),
            _ when !EndsOnHttps(http) => new(Test, "redirection-not-to-https", -20, verdict.Message, chain),
            HttpsRedirectStatus.FirstRedirectInsecure => new(Test, "redirection-not-to-https-on-initial-redirection", -10, verdict.Message, chain),
            HttpsRedirectStatus.FirstRedirectOffHost => new(Test, "redirection-off-host-from-http", -5, verdict.Message, chain),
            _ => new(Test, "redirection-to-https", 0, verdict.Message, chain),
        };
    }

    // A redirect to another host that was not followed still says where the chain goes.
    private static bool EndsOnHttps(RedirectChain? http) => http switch
    {
        { Outcome: RedirectChainOutcome.OffHostNotFollowed } => http.Last.NextUrl?.StartsWith("https:", StringComparison.OrdinalIgnoreCase) == true,
        { Outcome: RedirectChainOutcome.Completed } => http.Last.IsHttps,
        _ => false,
    };

    /// <summary>
    /// Observatory cors.js: "*" is public (0); echoing an arbitrary Origin together with
    /// Access-Control-Allow-Credentials: true grants every site the user's session (−50). "*" with credentials
    /// is refused by browsers (Fetch §3.2.5), so it is reported but scored as public.
    /// </summary>
    public static HeaderTestResult Cors(HttpHop? final, string probeOrigin)
    {
        const string Test = "cross-origin-resource-sharing";
        var origin = final?.Header(JudgedHeaders.AccessControlAllowOrigin)?.Trim();
        var credentials = final?.Header(JudgedHeaders.AccessControlAllowCredentials)?.Trim().Equals("true", StringComparison.OrdinalIgnoreCase) == true;
        var shown = origin is null ? null : $"Access-Control-Allow-Origin: {origin}" + (credentials ? "; Access-Control-Allow-Credentials: true" : "");
        return origin switch
        {
            null => new(Test, "cross-origin-resource-sharing-not-implemented", 0, "no Access-Control-Allow-Origin", null),
            _ when origin.Equals(probeOrigin, StringComparison.OrdinalIgnoreCase) && credentials =>
                new(Test, "cross-origin-resource-sharing-implemented-with-universal-access", -50, $"the server echoes any Origin (it echoed {probeOrigin}) and allows credentials: every site can read responses with the user's cookies", shown),
            "*" => new(Test, "cross-origin-resource-sharing-implemented-with-public-access", 0,
                credentials ? "'*' with credentials: browsers refuse the combination, and it signals an intent to share credentialed data" : "'*': public resources, readable by any site without credentials", shown),
            _ => new(Test, "cross-origin-resource-sharing-implemented-with-restricted-access", 0, $"access limited to {origin}", shown),
        };
    }
}
