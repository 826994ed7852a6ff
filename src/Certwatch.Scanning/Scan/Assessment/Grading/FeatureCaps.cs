namespace Certwatch.Scanning.Scan.Assessment.Grading;

/// <summary>Caps from the vulnerability and feature probes (rating guide changes 2009c–2009r).</summary>
internal static class FeatureCaps
{
    public static IEnumerable<GradeCap?> For(ServerTlsView server)
    {
        var facts = server.Facts;
        // 2014-04 (Heartbleed) and 2014-06 (CVE-2014-0224): → F.
        yield return ProtocolCipherCaps.When(facts.Heartbleed is { IsCompleted: true, Value.Vulnerable: true }, "F", "Heartbleed (CVE-2014-0160)", facts.Heartbleed.Value?.Evidence ?? string.Empty);
        yield return ProtocolCipherCaps.When(facts.CcsInjection is { IsCompleted: true, Value.Vulnerable: true }, "F", "OpenSSL CCS injection (CVE-2014-0224)", facts.CcsInjection.Value?.Evidence ?? string.Empty);
        // ROBOT: SSL Labs grades a confirmed Bleichenbacher oracle F.
        yield return ProtocolCipherCaps.When(facts.Robot is { IsCompleted: true, Value.Vulnerable: true }, "F", "ROBOT (CVE-2017-13099)", facts.Robot.Value?.Evidence ?? string.Empty);
        // 2009c: insecure client-initiated renegotiation → F; no RFC 5746 support → warning (A-).
        yield return ProtocolCipherCaps.When(facts.Renegotiation is { IsCompleted: true, Value: { SecureRenegotiation: false, ClientInitiatedAllowed: true } }, "F",
            "Insecure client-initiated renegotiation", "renegotiation accepted without RFC 5746");
        yield return ProtocolCipherCaps.When(HasTls12OrOlder(server) && facts.Renegotiation is { IsCompleted: true, Value.SecureRenegotiation: false }, "A-",
            "No secure renegotiation (RFC 5746)", "no renegotiation_info in the ServerHello");
        // 2012 (CRIME): TLS compression → C.
        yield return ProtocolCipherCaps.When(facts.Compression is { IsCompleted: true, Value: true }, "C", "TLS compression (CRIME)", "the server accepted DEFLATE");
    }

    private static bool HasTls12OrOlder(ServerTlsView server) => server.Versions.Any(v => v.Value is > 0x0002 and <= 0x0303);
}
