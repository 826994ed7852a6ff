using System.Globalization;
using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Http;

/// <summary>Findings of the single-header rows (X-Frame-Options, nosniff, Referrer-Policy, CORP/COEP/COOP, CORS) and the grade.</summary>
internal static class HeaderFindings
{
    public static IEnumerable<Finding> For(HttpFindingInput input)
    {
        var frame = input.Row("x-frame-options");
        if (frame.Modifier < 0)
        {
            yield return Make(input, FindingIds.HttpHeadersFrameOptions, Severity.Warning, frame,
                "Any site can load the page in a frame and trick users into clicking it (clickjacking); RFC 7034, CSP3 frame-ancestors.",
                "Forbid framing (frame-ancestors wins over X-Frame-Options in current browsers).",
                [HttpSecurityFindings.Nginx("Content-Security-Policy", "frame-ancestors 'none'"), HttpSecurityFindings.Nginx("X-Frame-Options", "DENY")]);
        }

        var sniff = input.Row("x-content-type-options");
        if (sniff.Modifier < 0)
        {
            yield return Make(input, FindingIds.HttpHeadersNoSniff, Severity.Info, sniff,
                "Browsers may guess (sniff) a response's type and run an uploaded file as script or HTML (Fetch: X-Content-Type-Options).",
                "Send nosniff on every response.", [HttpSecurityFindings.Nginx("X-Content-Type-Options", "nosniff")]);
        }

        var referrer = input.Row("referrer-policy");
        if (referrer.Modifier < 0)
        {
            yield return Make(input, FindingIds.HttpHeadersReferrerPolicy, Severity.Info, referrer,
                "Full URLs, with paths and query strings that may hold tokens, go to other sites in the Referer header (W3C Referrer Policy).",
                "Use strict-origin-when-cross-origin (the browser default) or stricter.",
                [HttpSecurityFindings.Nginx("Referrer-Policy", "strict-origin-when-cross-origin")]);
        }

        foreach (var row in input.Score.Tests.Where(t => t.Test.StartsWith("cross-origin-", StringComparison.Ordinal) && t.Test != "cross-origin-resource-sharing" && t.Modifier < 0))
        {
            yield return Make(input, FindingIds.HttpHeadersCrossOriginInvalid, Severity.Info, row,
                "Browsers ignore a value they do not know, so the isolation it was meant to give is absent (Fetch CORP, HTML COOP/COEP).",
                "Use one of the values the standard defines.", []);
        }

        var cors = input.Row("cross-origin-resource-sharing");
        var wildcardWithCredentials = cors.Outcome.EndsWith("public-access", StringComparison.Ordinal)
            && cors.HeaderValue?.Contains("Credentials: true", StringComparison.Ordinal) == true;
        if (cors.Modifier < 0 || wildcardWithCredentials)
        {
            yield return Make(input, FindingIds.HttpCorsCredentials, cors.Modifier < 0 ? Severity.Critical : Severity.Warning, cors,
                "Credentialed cross-origin reads must name trusted origins one by one; reflecting any Origin with credentials lets every site act as the user (Observatory −50).",
                "Answer Access-Control-Allow-Origin only for an allow-list of origins, and send Allow-Credentials only for them.", []);
        }

        yield return Grade(input);
    }

    private static Finding Grade(HttpFindingInput input)
    {
        var score = input.Score;
        var rows = score.Tests.Select(t => string.Create(CultureInfo.InvariantCulture,
            $"{t.Test}: {t.Outcome} ({t.Modifier:+0;-0;0}) — {t.Explanation}{(t.HeaderValue is null ? "" : " [" + t.HeaderValue + "]")}"));
        return new Finding(FindingIds.HttpHeadersGrade, Severity.Info, $"HTTP security headers: {score.Grade} ({score.Score}/100)",
            "Scored per the MDN HTTP Observatory: start at 100, add each row's modifier; bonuses count only when the score without them is at least 90." +
            (score.BonusesCounted ? "" : " Bonuses were not counted."),
            [.. (score.JudgedUrl is null ? Array.Empty<string>() : [$"judged: {score.JudgedUrl}"]), .. rows], null, input.Address);
    }

    private static Finding Make(HttpFindingInput input, string id, Severity severity, HeaderTestResult row, string detail, string fix, IReadOnlyList<ServerConfigLine> lines) =>
        new(id, severity, $"{Title(row.Test)}: {row.Explanation}", detail,
            [row.HeaderValue is null ? $"{Title(row.Test)}: (absent)" : $"{Title(row.Test)}: {row.HeaderValue}", $"Observatory {row.Outcome} ({row.Modifier})"],
            new FixAdvice(fix, lines), input.Address);

    private static string Title(string test) => string.Join('-', test.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
