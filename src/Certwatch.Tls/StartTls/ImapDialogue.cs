namespace Certwatch.Tls.StartTls;

/// <summary>RFC 9051 §6.2.1 STARTTLS for IMAP: greeting, a1 CAPABILITY, STARTTLS in it, a2 STARTTLS → a2 OK.</summary>
internal static class ImapDialogue
{
    public static async Task<StartTlsResult> RunAsync(DialogueSession session)
    {
        var greeting = await session.ReadReplyAsync("IMAP greeting", (_, _) => true);
        if (greeting is null)
        {
            return session.Failed();
        }

        session.Banner = DialogueSession.Shown(greeting[0]);
        if (!greeting[0].StartsWith("* OK", StringComparison.OrdinalIgnoreCase))
        {
            // "* BYE" refuses service; "* PREAUTH" has nothing left to upgrade before authentication.
            return session.Result(StartTlsOutcome.Refused, "the server greeted with " + session.Banner);
        }

        if (!await session.WriteAsync("a1 CAPABILITY") || await session.ReadReplyAsync("CAPABILITY reply", Tagged("a1")) is not { } capability)
        {
            return session.Failed();
        }

        session.Capabilities.AddRange(capability
            .Where(l => l.StartsWith("* CAPABILITY ", StringComparison.OrdinalIgnoreCase))
            .SelectMany(l => l[13..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(DialogueSession.Shown));
        var atoms = session.Capabilities.Select(c => c.ToUpperInvariant()).ToHashSet();

        // RFC 9051 §6.2.3: LOGINDISABLED is how a server says it takes no LOGIN password before TLS.
        session.PlaintextAuth = atoms.Contains("AUTH=PLAIN") || atoms.Contains("AUTH=LOGIN") || !atoms.Contains("LOGINDISABLED");
        if (!atoms.Contains("STARTTLS"))
        {
            return session.Result(StartTlsOutcome.NotOffered,
                $"the IMAP server does not offer STARTTLS (capabilities: {string.Join(' ', session.Capabilities)})");
        }

        if (!await session.WriteAsync("a2 STARTTLS") || await session.ReadReplyAsync("STARTTLS reply", Tagged("a2")) is not { } reply)
        {
            return session.Failed();
        }

        return reply[^1].StartsWith("a2 OK", StringComparison.OrdinalIgnoreCase)
            ? session.Result(StartTlsOutcome.Ready)
            : session.Result(StartTlsOutcome.Refused, "the IMAP server refused STARTTLS: " + DialogueSession.Shown(reply[^1]));
    }

    // Untagged "* …" lines may come first; the reply ends with the line carrying our tag.
    private static Func<string, int, bool> Tagged(string tag) =>
        (line, _) => line.StartsWith(tag + " ", StringComparison.OrdinalIgnoreCase);
}
