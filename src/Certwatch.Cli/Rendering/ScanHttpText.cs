using System.Globalization;
using Certwatch.Scanning.Http;

namespace Certwatch.Cli.Rendering;

/// <summary>The one-line texts of the HTTP section: a hop, HSTS as browsers record it, the redirect verdict, a header grade's colour.</summary>
internal static class ScanHttpText
{
    private const long SecondsPerDay = 86_400;

    /// <summary>"http://host/ → 301 https://host/", "https://host/ → 200", "http://host/ → connection refused".</summary>
    public static string Hop(HttpHop hop) => hop switch
    {
        { Answered: false } => $"{hop.Url} → {hop.ErrorMessage ?? hop.Error.ToString()}",
        { IsRedirect: true } => $"{hop.Url} → {hop.StatusCode} {hop.NextUrl ?? hop.Location}",
        _ => $"{hop.Url} → {hop.StatusCode}",
    };

    /// <summary>"\"max-age=63072000; includeSubDomains\"  max-age 730 days, includeSubDomains, no preload", "missing", "invalid: why".</summary>
    public static (string Text, string Style) Hsts(HstsObservation hsts)
    {
        var policy = hsts.Policy;
        if (hsts.SeenOnUrl is null)
        {
            return ("unknown: HTTPS did not answer", "magenta");
        }

        if (!policy.Present)
        {
            return ("missing (no Strict-Transport-Security header)", "red");
        }

        if (!policy.Valid)
        {
            return ($"invalid: {string.Join("; ", policy.ReasonsIgnored.Select(p => p.Message))} (\"{policy.HeaderValue}\")", "red");
        }

        var declared = policy.DeclaredMaxAgeSeconds ?? 0;
        var parts = new List<string>
        {
            $"max-age {Days(declared)}",
            policy.IncludeSubDomains ? "includeSubDomains" : "no includeSubDomains",
            policy.Preload ? "preload" : "no preload",
        };
        var text = $"\"{policy.HeaderValue}\"  {string.Join(", ", parts)}";
        return policy.MakesKnownHstsHost ? (text, "green") : (text + " — max-age=0 deletes the HSTS entry", "yellow");
    }

    /// <summary>The verdict's name, coloured: green when browsers are sent to HTTPS or nothing is served over plain HTTP.</summary>
    public static (string Text, string Style) Redirect(HttpsRedirectVerdict verdict) => verdict.Status switch
    {
        HttpsRedirectStatus.Correct => ($"redirects to HTTPS: {verdict.Message}", "green"),
        HttpsRedirectStatus.NoPlainHttp => ($"no plain HTTP: {verdict.Message}", "green"),
        HttpsRedirectStatus.NotChecked => ("not checked (--http-port 0)", "dim"),
        HttpsRedirectStatus.NoRedirect => ($"NO REDIRECT: {verdict.Message}", "red"),
        HttpsRedirectStatus.FirstRedirectInsecure => ($"first redirect not to HTTPS: {verdict.Message}", "red"),
        HttpsRedirectStatus.FirstRedirectOffHost => ($"first redirect leaves the host: {verdict.Message}", "yellow"),
        HttpsRedirectStatus.LaterRedirectInsecure => ($"returns to plain HTTP: {verdict.Message}", "red"),
        HttpsRedirectStatus.TooManyRedirects => ($"too many redirects: {verdict.Message}", "yellow"),
        _ => ($"broken: {verdict.Message}", "magenta"),
    };

    /// <summary>Observatory letters: A range green, B and C range yellow, D and F red.</summary>
    public static string GradeStyle(string grade) => grade.FirstOrDefault() switch
    {
        'A' => "green",
        'B' or 'C' => "yellow",
        _ => "red",
    };

    /// <summary>"+5", "-20", "0".</summary>
    public static string Modifier(int modifier) =>
        modifier > 0 ? "+" + modifier.ToString(CultureInfo.InvariantCulture) : modifier.ToString(CultureInfo.InvariantCulture);

    public static string Cookie(SetCookie cookie)
    {
        var attributes = new List<string> { cookie.Secure ? "Secure" : "not Secure", cookie.HttpOnly ? "HttpOnly" : "not HttpOnly" };
        attributes.Add(cookie.SameSite is { } sameSite ? $"SameSite={sameSite}" : "no SameSite");
        return $"{cookie.Name}: {string.Join(", ", attributes)}" + (cookie.PrefixViolation is { } violation ? $" — {violation}" : "");
    }

    /// <summary>"730 days", "182.5 days"; under a day in seconds.</summary>
    private static string Days(long seconds) => seconds < SecondsPerDay
        ? seconds.ToString(CultureInfo.InvariantCulture) + " s"
        : (seconds / (double)SecondsPerDay).ToString("0.#", CultureInfo.InvariantCulture) + " days";
}
