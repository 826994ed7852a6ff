namespace Certwatch.Tls.StartTls;

/// <summary>RFC 4217 §4 explicit FTPS: 220 greeting, AUTH TLS → 234.</summary>
internal static class FtpDialogue
{
    public static async Task<StartTlsResult> RunAsync(DialogueSession session)
    {
        var greeting = await session.ReadReplyAsync("FTP greeting", IsLastLine);
        if (greeting is null)
        {
            return session.Failed();
        }

        session.Banner = DialogueSession.Shown(greeting[0]);
        if (!greeting[^1].StartsWith("220", StringComparison.Ordinal))
        {
            return session.Result(StartTlsOutcome.Refused, "the server greeted with " + DialogueSession.Joined(greeting));
        }

        if (!await session.WriteAsync("AUTH TLS") || await session.ReadReplyAsync("AUTH TLS reply", IsLastLine) is not { } reply)
        {
            return session.Failed();
        }

        var code = reply[^1].Length >= 3 ? reply[^1][..3] : reply[^1];
        return code switch
        {
            "234" => session.Result(StartTlsOutcome.Ready),

            // RFC 4217 §4.1: 500/502/504 mean the command or the mechanism is not implemented.
            "500" or "502" or "504" => session.Result(StartTlsOutcome.NotOffered, "the FTP server does not offer AUTH TLS: " + DialogueSession.Joined(reply)),
            _ => session.Result(StartTlsOutcome.Refused, "the FTP server refused AUTH TLS: " + DialogueSession.Joined(reply)),
        };
    }

    // RFC 959 §4.2: "xyz-" opens a multi-line reply that ends with a line starting "xyz ".
    private static bool IsLastLine(string line, int index) => index == 0
        ? line.Length < 4 || line[3] != '-'
        : line.Length >= 4 && line[3] == ' ' && char.IsAsciiDigit(line[0]) && char.IsAsciiDigit(line[1]) && char.IsAsciiDigit(line[2]);
}
