using Certwatch.Scanning.Http;

namespace Certwatch.Cli.Json;

/// <summary>The HTTP layer's report → its JSON shape (docs/json.md, "http").</summary>
public static class ScanHttpMapper
{
    public static ScanHttpDto? Map(HttpSecurityReport? http) => http is null ? null : new ScanHttpDto(
        http.Host,
        Hsts(http.Hsts),
        new ScanHttpChainDto(ScanHttpJsonNames.Redirect(http.Redirect.Status), http.Redirect.Message, Hops(http.PlainHttp)),
        new ScanHttpChainDto(ScanHttpJsonNames.Chain(http.Https.Outcome), http.Https.Message, Hops(http.Https)),
        new ScanPreloadDto(http.Preload.Domain, http.Preload.Eligible, Issues(http.Preload.Errors), Issues(http.Preload.Warnings)),
        Headers(http.Headers),
        [.. http.Cookies.Select(c => new ScanCookieDto(c.Name, c.Secure, c.HttpOnly, c.SameSite, c.Domain, c.Path, c.PrefixViolation))]);

    private static ScanHstsDto Hsts(HstsObservation hsts)
    {
        var policy = hsts.Policy;
        var problem = hsts.SeenOnUrl is null ? "HTTPS did not answer"
            : policy is { Present: true, Valid: false } ? string.Join("; ", policy.ReasonsIgnored.Select(p => p.Message))
            : null;
        var notes = policy.Valid ? policy.Problems.Select(p => p.Message).ToList() : [];
        return new ScanHstsDto(policy.Present, policy.Valid, policy.MaxAgeSeconds, policy.DeclaredMaxAgeSeconds, policy.IncludeSubDomains,
            policy.Preload, hsts.HeaderCount, policy.HeaderValue, problem, notes);
    }

    private static List<ScanHttpHopDto> Hops(RedirectChain? chain) =>
        [.. chain?.Hops.Select(h => new ScanHttpHopDto(h.Url, h.StatusCode, h.Location, h.Answered ? null : h.ErrorMessage ?? ScanHttpJsonNames.HopError(h.Error))) ?? []];

    private static List<ScanPreloadIssueDto> Issues(IEnumerable<PreloadIssue> issues) => [.. issues.Select(i => new ScanPreloadIssueDto(i.Code, i.Message))];

    private static ScanHeaderScoreDto Headers(HeaderScore score)
    {
        var scored = score.JudgedUrl is not null;
        return new ScanHeaderScoreDto(scored ? score.Grade : null, scored ? score.Score : null, score.JudgedUrl, score.BonusesCounted,
            [.. score.Tests.Select(t => new ScanHeaderTestDto(t.Test, t.Modifier >= 0, t.Modifier, t.Outcome, t.Explanation, t.HeaderValue))]);
    }
}
