namespace Certwatch.Tls.StartTls;

/// <summary>RFC 5804 §2.2 STARTTLS for ManageSieve: capabilities on connect ending in OK, STARTTLS → OK.</summary>
internal static class SieveDialogue
{
    public static async Task<StartTlsResult> RunAsync(DialogueSession session)
    {
        var greeting = await session.ReadReplyAsync("ManageSieve greeting", IsLastLine);
        if (greeting is null)
        {
            return session.Failed();
        }

        // §1.7: one capability per line, e.g. "IMPLEMENTATION" "Dovecot Pigeonhole", "SASL" "PLAIN", "STARTTLS".
        session.Capabilities.AddRange(greeting.SkipLast(1).Select(DialogueSession.Shown));
        session.Banner = session.Capabilities.FirstOrDefault(c => Name(c) == "IMPLEMENTATION") ?? DialogueSession.Shown(greeting[^1]);
        if (!greeting[^1].StartsWith("OK", StringComparison.OrdinalIgnoreCase))
        {
            return session.Result(StartTlsOutcome.Refused, "the server greeted with " + DialogueSession.Shown(greeting[^1]));
        }

        session.PlaintextAuth = session.Capabilities.Any(c => Name(c) == "SASL"
            && (c.Contains("PLAIN", StringComparison.OrdinalIgnoreCase) || c.Contains("LOGIN", StringComparison.OrdinalIgnoreCase)));
        if (!session.Capabilities.Any(c => Name(c) == "STARTTLS"))
        {
            return session.Result(StartTlsOutcome.NotOffered, $"the ManageSieve server does not offer STARTTLS (capabilities: {string.Join(", ", session.Capabilities)})");
        }

        if (!await session.WriteAsync("STARTTLS") || await session.ReadReplyAsync("STARTTLS reply", IsLastLine) is not { } reply)
        {
            return session.Failed();
        }

        return reply[^1].StartsWith("OK", StringComparison.OrdinalIgnoreCase)
            ? session.Result(StartTlsOutcome.Ready)
            : session.Result(StartTlsOutcome.Refused, "the ManageSieve server refused STARTTLS: " + DialogueSession.Shown(reply[^1]));
    }

    // §4: a response ends with OK, NO or BYE; capability lines start with a quoted name.
    private static bool IsLastLine(string line, int index) =>
        line.StartsWith("OK", StringComparison.OrdinalIgnoreCase) || line.StartsWith("NO", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("BYE", StringComparison.OrdinalIgnoreCase);

    private static string Name(string capability) => capability.Split(' ', 2)[0].Trim('"').ToUpperInvariant();
}
