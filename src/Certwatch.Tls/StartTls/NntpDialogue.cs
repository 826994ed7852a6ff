namespace Certwatch.Tls.StartTls;

/// <summary>RFC 4642 STARTTLS for NNTP: 200/201 greeting, CAPABILITIES (RFC 3977 §5.2) listing STARTTLS, STARTTLS → 382.</summary>
internal static class NntpDialogue
{
    public static async Task<StartTlsResult> RunAsync(DialogueSession session)
    {
        var greeting = await session.ReadReplyAsync("NNTP greeting", (_, _) => true);
        if (greeting is null)
        {
            return session.Failed();
        }

        session.Banner = DialogueSession.Shown(greeting[0]);
        if (!greeting[0].StartsWith("200", StringComparison.Ordinal) && !greeting[0].StartsWith("201", StringComparison.Ordinal))
        {
            return session.Result(StartTlsOutcome.Refused, "the server greeted with " + session.Banner);
        }

        // RFC 3977 §3.1.1: 101, one capability per line, then a line with a single dot.
        if (!await session.WriteAsync("CAPABILITIES")
            || await session.ReadReplyAsync("CAPABILITIES reply", (line, i) => (i == 0 && !line.StartsWith("101", StringComparison.Ordinal)) || line == ".") is not { } capabilities)
        {
            return session.Failed();
        }

        if (!capabilities[0].StartsWith("101", StringComparison.Ordinal))
        {
            return session.Result(StartTlsOutcome.NotOffered, "the NNTP server does not list capabilities, so it offers no STARTTLS: " + DialogueSession.Shown(capabilities[0]));
        }

        session.Capabilities.AddRange(capabilities.Skip(1).SkipLast(1).Select(DialogueSession.Shown));
        var words = session.Capabilities.Select(c => c.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        // RFC 4643 §2.1: "AUTHINFO USER" advertises the clear-text password command.
        session.PlaintextAuth = words.Any(w => w is ["AUTHINFO", ..] && (w.Contains("USER") || w.Contains("PLAIN")));
        if (!words.Any(w => w is ["STARTTLS", ..]))
        {
            return session.Result(StartTlsOutcome.NotOffered, $"the NNTP server does not offer STARTTLS (capabilities: {string.Join(", ", session.Capabilities)})");
        }

        if (!await session.WriteAsync("STARTTLS") || await session.ReadReplyAsync("STARTTLS reply", (_, _) => true) is not { } reply)
        {
            return session.Failed();
        }

        return reply[0].StartsWith("382", StringComparison.Ordinal)
            ? session.Result(StartTlsOutcome.Ready)
            : session.Result(StartTlsOutcome.Refused, "the NNTP server refused STARTTLS: " + DialogueSession.Shown(reply[0]));
    }
}
