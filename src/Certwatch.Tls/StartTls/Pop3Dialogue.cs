namespace Certwatch.Tls.StartTls;

/// <summary>RFC 2595 §4 STLS for POP3: +OK greeting, CAPA (RFC 2449) listing STLS, STLS → +OK.</summary>
internal static class Pop3Dialogue
{
    public static async Task<StartTlsResult> RunAsync(DialogueSession session)
    {
        var greeting = await session.ReadReplyAsync("POP3 greeting", (_, _) => true);
        if (greeting is null)
        {
            return session.Failed();
        }

        session.Banner = DialogueSession.Shown(greeting[0]);
        if (!greeting[0].StartsWith("+OK", StringComparison.Ordinal))
        {
            return session.Result(StartTlsOutcome.Refused, "the server greeted with " + session.Banner);
        }

        // RFC 2449 §5: +OK, one capability per line, then a line with a single dot; -ERR is a one-line reply.
        if (!await session.WriteAsync("CAPA")
            || await session.ReadReplyAsync("CAPA reply", (line, i) => (i == 0 && !line.StartsWith("+OK", StringComparison.Ordinal)) || line == ".") is not { } capa)
        {
            return session.Failed();
        }

        if (!capa[0].StartsWith("+OK", StringComparison.Ordinal))
        {
            return session.Result(StartTlsOutcome.NotOffered, "the POP3 server does not support CAPA, so it offers no STLS: " + DialogueSession.Shown(capa[0]));
        }

        session.Capabilities.AddRange(capa.Skip(1).SkipLast(1).Select(DialogueSession.Shown));
        var keywords = session.Capabilities.Select(c => c.ToUpperInvariant()).ToList();
        session.PlaintextAuth = keywords.Contains("USER")
            || keywords.Any(k => k.StartsWith("SASL ", StringComparison.Ordinal) && (k.Contains(" PLAIN", StringComparison.Ordinal) || k.Contains(" LOGIN", StringComparison.Ordinal)));
        if (!keywords.Contains("STLS"))
        {
            return session.Result(StartTlsOutcome.NotOffered,
                $"the POP3 server does not offer STLS (CAPA: {string.Join(", ", session.Capabilities)})");
        }

        if (!await session.WriteAsync("STLS") || await session.ReadReplyAsync("STLS reply", (_, _) => true) is not { } reply)
        {
            return session.Failed();
        }

        return reply[0].StartsWith("+OK", StringComparison.Ordinal)
            ? session.Result(StartTlsOutcome.Ready)
            : session.Result(StartTlsOutcome.Refused, "the POP3 server refused STLS: " + DialogueSession.Shown(reply[0]));
    }
}
