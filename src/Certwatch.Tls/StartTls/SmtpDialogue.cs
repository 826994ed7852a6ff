namespace Certwatch.Tls.StartTls;

/// <summary>RFC 3207 STARTTLS for SMTP: 220 greeting, EHLO, STARTTLS in the 250 lines, STARTTLS → 220.</summary>
internal static class SmtpDialogue
{
    // RFC 2606 reserves .invalid: a name that is plainly no real client.
    private const string ClientName = "certwatch.invalid";

    public static async Task<StartTlsResult> RunAsync(DialogueSession session)
    {
        var greeting = await session.ReadReplyAsync("SMTP greeting", IsLastLine);
        if (greeting is null)
        {
            return session.Failed();
        }

        session.Banner = DialogueSession.Shown(greeting[0]);
        if (Code(greeting) != "220")
        {
            return session.Result(StartTlsOutcome.Refused, "the server greeted with " + DialogueSession.Joined(greeting));
        }

        if (!await session.WriteAsync("EHLO " + ClientName) || await session.ReadReplyAsync("EHLO reply", IsLastLine) is not { } ehlo)
        {
            return session.Failed();
        }

        if (Code(ehlo) != "250")
        {
            return session.Result(StartTlsOutcome.NotOffered, "the server rejected EHLO: " + DialogueSession.Joined(ehlo));
        }

        // RFC 5321 §4.1.1.1: the first 250 line greets; each later line is one extension keyword with parameters.
        session.Capabilities.AddRange(ehlo.Skip(1).Select(l => DialogueSession.Shown(l.Length > 4 ? l[4..] : "")));
        session.PlaintextAuth = session.Capabilities.Any(OffersPasswordAuth);
        if (!session.Capabilities.Any(c => Keyword(c) == "STARTTLS"))
        {
            return session.Result(StartTlsOutcome.NotOffered, $"the SMTP server does not offer STARTTLS (EHLO capabilities: {string.Join(", ", session.Capabilities)})");
        }

        if (!await session.WriteAsync("STARTTLS") || await session.ReadReplyAsync("STARTTLS reply", IsLastLine) is not { } reply)
        {
            return session.Failed();
        }

        return Code(reply) == "220"
            ? session.Result(StartTlsOutcome.Ready)
            : session.Result(StartTlsOutcome.Refused, "the SMTP server refused STARTTLS: " + DialogueSession.Joined(reply));
    }

    // RFC 5321 §4.2: "250-" continues a reply, "250 " (or a bare code) ends it.
    public static bool IsLastLine(string line, int index) => line.Length < 4 || line[3] != '-';

    private static string Code(IReadOnlyList<string> reply) => reply[^1].Length >= 3 ? reply[^1][..3] : reply[^1];

    private static string Keyword(string capability) =>
        capability.Split([' ', '='], 2)[0].ToUpperInvariant();

    // "AUTH PLAIN LOGIN" (RFC 4954) and the pre-standard "AUTH=LOGIN".
    private static bool OffersPasswordAuth(string capability) =>
        Keyword(capability) == "AUTH"
        && capability[4..].Split([' ', '='], StringSplitOptions.RemoveEmptyEntries)
            .Any(m => m.Equals("PLAIN", StringComparison.OrdinalIgnoreCase) || m.Equals("LOGIN", StringComparison.OrdinalIgnoreCase));
}
