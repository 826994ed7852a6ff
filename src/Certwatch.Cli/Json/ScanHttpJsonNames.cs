using Certwatch.Scanning.Http;

namespace Certwatch.Cli.Json;

/// <summary>The strings the HTTP layer's enums become in JSON; spelled out here because they are the schema.</summary>
public static class ScanHttpJsonNames
{
    public static string Redirect(HttpsRedirectStatus status) => status switch
    {
        HttpsRedirectStatus.NotChecked => "notChecked",
        HttpsRedirectStatus.NoPlainHttp => "noPlainHttp",
        HttpsRedirectStatus.Correct => "correct",
        HttpsRedirectStatus.NoRedirect => "noRedirect",
        HttpsRedirectStatus.FirstRedirectInsecure => "firstRedirectInsecure",
        HttpsRedirectStatus.FirstRedirectOffHost => "firstRedirectOffHost",
        HttpsRedirectStatus.LaterRedirectInsecure => "laterRedirectInsecure",
        HttpsRedirectStatus.TooManyRedirects => "tooManyRedirects",
        _ => "broken",
    };

    public static string Chain(RedirectChainOutcome outcome) => outcome switch
    {
        RedirectChainOutcome.Completed => "completed",
        RedirectChainOutcome.HopFailed => "hopFailed",
        RedirectChainOutcome.TooManyRedirects => "tooManyRedirects",
        RedirectChainOutcome.Loop => "loop",
        RedirectChainOutcome.OffHostNotFollowed => "offHostNotFollowed",
        _ => "invalidLocation",
    };

    public static string HopError(HttpHopError error) => error switch
    {
        HttpHopError.None => "none",
        HttpHopError.NotResolved => "notResolved",
        HttpHopError.ConnectFailed => "connectFailed",
        HttpHopError.TlsFailed => "tlsFailed",
        HttpHopError.Timeout => "timeout",
        HttpHopError.ClosedEarly => "closedEarly",
        HttpHopError.HeadTooLarge => "headTooLarge",
        HttpHopError.LineTooLong => "lineTooLong",
        HttpHopError.TooManyHeaders => "tooManyHeaders",
        _ => "malformed",
    };
}
