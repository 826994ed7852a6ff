using Certwatch.X509.Verdicts;

namespace Certwatch.Cli.Rendering;

/// <summary>
/// Every client's outcome on one line, with the reason in a few words:
/// "Chrome: OK (completed the chain via AIA from http://…) · Firefox: SEC_ERROR_UNKNOWN_ISSUER (intermediate 'R11' not sent) · curl: unable to get local issuer certificate (…)".
/// </summary>
public static class ClientOutcomeLine
{
    private const string CurlPrefix = "curl: (60) SSL certificate problem: ";

    public static string Format(IReadOnlyList<ClientVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        return string.Join(" · ", verdicts.Select(One));
    }

    private static string One(ClientVerdict verdict)
    {
        var outcome = verdict.Accepted ? "OK" : Shown(verdict);
        var summary = verdict.Summary is { Length: > 0 } s && !outcome.Contains(s, StringComparison.Ordinal) ? $" ({s})" : "";
        return $"{ShortName(verdict.Client)}: {outcome}{summary}";
    }

    // Browsers are known by their code; curl, Go and Java by the text they print.
    private static string Shown(ClientVerdict verdict) => verdict.Client switch
    {
        ClientId.OpenSsl when verdict.Message.StartsWith(CurlPrefix, StringComparison.Ordinal) => verdict.Message[CurlPrefix.Length..],
        ClientId.OpenSsl or ClientId.Go => verdict.Message,
        _ => verdict.ErrorCode ?? verdict.Message,
    };

    private static string ShortName(ClientId client) => client switch
    {
        ClientId.Chrome => "Chrome",
        ClientId.Firefox => "Firefox",
        ClientId.Safari => "Safari",
        ClientId.OpenSsl => "curl",
        ClientId.Go => "Go",
        _ => "Java",
    };
}
