using B = Certwatch.TestKit.Servers.StartTls.StartTlsBehavior;

namespace Certwatch.TestKit.Servers.StartTls;

/// <summary>Server scripts for SMTP, IMAP, POP3 and FTP: true when the client may start the TLS handshake now.</summary>
internal static class MailScripts
{
    public static async Task<bool> SmtpAsync(ScriptedConnection c, B behavior)
    {
        switch (behavior)
        {
            case B.OverlongLine: return await c.OverlongLineAsync("220 ");
            case B.EndlessLines: return await c.RepeatAsync("220-lab.test still greeting\r\n");
        }

        await c.WriteAsync("220-lab.test ESMTP certwatch lab\r\n220 no spam please\r\n");
        if (await c.ReadLineAsync() is not { } ehlo || !ehlo.StartsWith("EHLO ", StringComparison.Ordinal))
        {
            return false;
        }

        if (behavior == B.StallsMidDialogue)
        {
            return await c.StallAsync();
        }

        var auth = behavior == B.UpgradesWithPlaintextAuth ? "250-AUTH PLAIN LOGIN\r\n" : "";
        var starttls = behavior == B.NotOffered ? "" : "250-STARTTLS\r\n";
        await c.WriteAsync($"250-lab.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n{auth}{starttls}250 8BITMIME\r\n");
        if (await c.ReadLineAsync() != "STARTTLS")
        {
            return false;
        }

        await c.WriteAsync(behavior == B.Refused ? "454 4.7.0 TLS not available due to local problem\r\n" : "220 2.0.0 Ready to start TLS\r\n");
        return behavior != B.Refused;
    }

    public static async Task<bool> ImapAsync(ScriptedConnection c, B behavior)
    {
        if (behavior == B.OverlongLine)
        {
            return await c.OverlongLineAsync("* OK ");
        }

        await c.WriteAsync("* OK [lab] IMAP ready\r\n");
        if (await c.ReadLineAsync() != "a1 CAPABILITY")
        {
            return false;
        }

        switch (behavior)
        {
            case B.StallsMidDialogue: return await c.StallAsync();
            case B.EndlessLines: return await c.RepeatAsync("* OK still thinking\r\n");
        }

        var starttls = behavior == B.NotOffered ? "" : " STARTTLS";
        var auth = behavior == B.UpgradesWithPlaintextAuth ? " AUTH=PLAIN" : " LOGINDISABLED";
        await c.WriteAsync($"* CAPABILITY IMAP4rev1 SASL-IR{starttls}{auth}\r\na1 OK CAPABILITY completed\r\n");
        if (await c.ReadLineAsync() != "a2 STARTTLS")
        {
            return false;
        }

        await c.WriteAsync(behavior == B.Refused ? "a2 NO [UNAVAILABLE] TLS unavailable\r\n" : "a2 OK Begin TLS negotiation now\r\n");
        return behavior != B.Refused;
    }

    public static async Task<bool> Pop3Async(ScriptedConnection c, B behavior)
    {
        if (behavior == B.OverlongLine)
        {
            return await c.OverlongLineAsync("+OK ");
        }

        await c.WriteAsync("+OK lab POP3 ready\r\n");
        if (await c.ReadLineAsync() != "CAPA")
        {
            return false;
        }

        switch (behavior)
        {
            case B.StallsMidDialogue: return await c.StallAsync();
            case B.EndlessLines:
                await c.WriteAsync("+OK\r\n");
                return await c.RepeatAsync("X-FILLER\r\n");
        }

        var user = behavior == B.UpgradesWithPlaintextAuth ? "USER\r\n" : "";
        var stls = behavior == B.NotOffered ? "" : "STLS\r\n";
        await c.WriteAsync($"+OK Capability list follows\r\nTOP\r\nUIDL\r\n{user}{stls}.\r\n");
        if (await c.ReadLineAsync() != "STLS")
        {
            return false;
        }

        await c.WriteAsync(behavior == B.Refused ? "-ERR TLS unavailable\r\n" : "+OK Begin TLS negotiation\r\n");
        return behavior != B.Refused;
    }

    public static async Task<bool> FtpAsync(ScriptedConnection c, B behavior)
    {
        switch (behavior)
        {
            case B.OverlongLine: return await c.OverlongLineAsync("220 ");
            case B.EndlessLines: return await c.RepeatAsync("220-welcome, still\r\n");
        }

        await c.WriteAsync("220-lab FTP\r\n welcome\r\n220 ready\r\n");
        if (await c.ReadLineAsync() != "AUTH TLS")
        {
            return false;
        }

        switch (behavior)
        {
            case B.StallsMidDialogue: return await c.StallAsync();
            case B.NotOffered:
                await c.WriteAsync("502 Command not implemented\r\n");
                return false;
            case B.Refused:
                await c.WriteAsync("431 TLS unavailable\r\n");
                return false;
        }

        await c.WriteAsync("234 AUTH TLS successful\r\n");
        return true;
    }
}
