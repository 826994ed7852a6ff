using B = Certwatch.TestKit.Servers.StartTls.StartTlsBehavior;

namespace Certwatch.TestKit.Servers.StartTls;

/// <summary>Server scripts for NNTP and ManageSieve: true when the client may start the TLS handshake now.</summary>
internal static class NewsAndSieveScripts
{
    public static async Task<bool> NntpAsync(ScriptedConnection c, B behavior)
    {
        if (behavior == B.OverlongLine)
        {
            return await c.OverlongLineAsync("200 ");
        }

        await c.WriteAsync("200 lab news server ready\r\n");
        if (await c.ReadLineAsync() != "CAPABILITIES")
        {
            return false;
        }

        switch (behavior)
        {
            case B.StallsMidDialogue: return await c.StallAsync();
            case B.EndlessLines:
                await c.WriteAsync("101 Capability list:\r\n");
                return await c.RepeatAsync("X-FILLER\r\n");
        }

        var auth = behavior == B.UpgradesWithPlaintextAuth ? "AUTHINFO USER\r\n" : "";
        var starttls = behavior == B.NotOffered ? "" : "STARTTLS\r\n";
        await c.WriteAsync($"101 Capability list:\r\nVERSION 2\r\nREADER\r\n{auth}{starttls}.\r\n");
        if (await c.ReadLineAsync() != "STARTTLS")
        {
            return false;
        }

        await c.WriteAsync(behavior == B.Refused ? "580 Can not initiate TLS negotiation\r\n" : "382 Continue with TLS negotiation\r\n");
        return behavior != B.Refused;
    }

    public static async Task<bool> SieveAsync(ScriptedConnection c, B behavior)
    {
        switch (behavior)
        {
            case B.OverlongLine: return await c.OverlongLineAsync("\"IMPLEMENTATION\" ");
            case B.EndlessLines: return await c.RepeatAsync("\"X-FILLER\" \"x\"\r\n");
        }

        var sasl = behavior == B.UpgradesWithPlaintextAuth ? "\"SASL\" \"PLAIN LOGIN\"\r\n" : "\"SASL\" \"\"\r\n";
        var starttls = behavior == B.NotOffered ? "" : "\"STARTTLS\"\r\n";
        await c.WriteAsync($"\"IMPLEMENTATION\" \"certwatch lab\"\r\n\"SIEVE\" \"fileinto\"\r\n{sasl}{starttls}\"VERSION\" \"1.0\"\r\nOK \"ready\"\r\n");
        if (await c.ReadLineAsync() != "STARTTLS")
        {
            return false;
        }

        switch (behavior)
        {
            case B.StallsMidDialogue: return await c.StallAsync();
            case B.Refused:
                await c.WriteAsync("NO \"TLS unavailable\"\r\n");
                return false;
        }

        await c.WriteAsync("OK \"Begin TLS negotiation now\"\r\n");
        return true;
    }
}
