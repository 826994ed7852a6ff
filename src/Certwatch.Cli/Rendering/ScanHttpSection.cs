using Certwatch.Scanning.Http;

namespace Certwatch.Cli.Rendering;

/// <summary>
/// The HTTP layer of one address: HSTS as browsers record it, the HTTP→HTTPS redirect with its hops, the
/// HTTPS chain, hstspreload eligibility, the Observatory header grade with every row explained, and cookies.
/// </summary>
internal static class ScanHttpSection
{
    private const int LabelWidth = 10;
    private const int Detail = ScanConsole.Body + LabelWidth;

    public static void Write(ScanConsole console, HttpSecurityReport? http)
    {
        if (http is null)
        {
            return;
        }

        console.Heading("HTTP");
        WriteHsts(console, http.Hsts);
        WriteChains(console, http);
        WritePreload(console, http.Preload, http.Www);
        WriteHeaders(console, http.Headers);
        WriteCookies(console, http.Cookies);
    }

    private static void Row(ScanConsole console, string label, string text, string? style) =>
        console.Line(ScanConsole.Body, label.PadRight(LabelWidth) + text, style);

    private static void WriteHsts(ScanConsole console, HstsObservation hsts)
    {
        var (text, style) = ScanHttpText.Hsts(hsts);
        Row(console, "HSTS", text, style);
        var notes = hsts.Policy.Valid ? hsts.Policy.Problems.Select(p => p.Message).ToList() : [];
        if (hsts.HeaderCount > 1)
        {
            notes.Add($"sent {hsts.HeaderCount} times; browsers read only the first (RFC 6797 §8.1)");
        }

        if (hsts.OverPlainHttp is not null)
        {
            notes.Add("also sent over plain HTTP, where browsers ignore it");
        }

        notes.ForEach(note => console.Line(Detail, note, "dim"));
    }

    private static void WriteChains(ScanConsole console, HttpSecurityReport http)
    {
        var (text, style) = ScanHttpText.Redirect(http.Redirect);
        Row(console, "Redirect", text, style);
        foreach (var hop in http.PlainHttp?.Hops ?? [])
        {
            console.Line(Detail, ScanHttpText.Hop(hop), "dim");
        }

        var https = http.Https;
        var completed = https.Outcome == RedirectChainOutcome.Completed;
        Row(console, "HTTPS", completed ? ScanHttpText.Hop(https.First) : https.Message, completed ? null : "magenta");
        // A chain that failed on its first hop is said by the row already.
        foreach (var hop in completed ? https.Hops.Skip(1) : https.Hops.Count > 1 ? https.Hops : [])
        {
            console.Line(Detail, ScanHttpText.Hop(hop), "dim");
        }
    }

    private static void WritePreload(ScanConsole console, PreloadEligibility preload, WwwCheck www)
    {
        Row(console, "Preload", preload.Eligible ? $"eligible for hstspreload.org ({preload.Domain})" : $"not eligible for hstspreload.org ({preload.Domain})",
            preload.Eligible ? "green" : "yellow");
        foreach (var issue in preload.Errors)
        {
            console.Line(Detail, $"{issue.Code}: {issue.Message}");
        }

        foreach (var issue in preload.Warnings)
        {
            console.Line(Detail, $"warning {issue.Code}: {issue.Message}", "dim");
        }

        if (www.Status != WwwCheckStatus.NotChecked)
        {
            console.Line(Detail, www.Detail.Contains(www.Host, StringComparison.OrdinalIgnoreCase) ? www.Detail : $"{www.Host}: {www.Detail}", "dim");
        }
    }

    private static void WriteHeaders(ScanConsole console, HeaderScore score)
    {
        if (score.JudgedUrl is null)
        {
            Row(console, "Headers", "not graded: no HTTPS response", "magenta");
            return;
        }

        Row(console, "Headers", $"{score.Grade} ({score.Score}/100)", ScanHttpText.GradeStyle(score.Grade));
        if (!score.BonusesCounted && score.Tests.Any(t => t.Modifier > 0))
        {
            console.Line(Detail, "bonuses not counted: the score without them is below 90", "dim");
        }

        console.Columns(Detail, [.. score.Tests.Select(t => ((IReadOnlyList<string>)[t.Test, ScanHttpText.Modifier(t.Modifier), $"{t.Outcome}: {t.Explanation}"],
            t.Modifier < 0 ? "yellow" : t.Modifier > 0 ? "green" : (string?)null))]);
    }

    private static void WriteCookies(ScanConsole console, IReadOnlyList<SetCookie> cookies)
    {
        Row(console, "Cookies", cookies.Count == 0 ? "none set" : $"{cookies.Count} set", null);
        foreach (var cookie in cookies)
        {
            console.Line(Detail, ScanHttpText.Cookie(cookie), cookie.Secure && cookie.PrefixViolation is null ? null : "yellow");
        }
    }
}
