using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// Reads the key exchange of an accepted suite from the server's flight: the TLS 1.3 key_share group, or the
/// TLS ≤ 1.2 ServerKeyExchange — curve for ECDHE (RFC 8422 §5.4), prime and generator for DHE (RFC 5246 §7.4.3).
/// </summary>
internal static class AcceptedSuiteReader
{
    public static AcceptedSuite Read(CipherSuiteInfo suite, ServerFlight flight, ProtocolVersion version)
    {
        var hello = flight.ServerHello!;
        if (version == ProtocolVersion.Tls13)
        {
            return new AcceptedSuite(suite, hello.KeyShare?.Group ?? hello.RetryGroup);
        }

        var body = flight.Find(HandshakeType.ServerKeyExchange)?.Body;
        if (body is not { } ske)
        {
            return new AcceptedSuite(suite);
        }

        var form = Form(suite, version);
        if (suite.KeyExchange == KeyExchange.Ecdhe && EcdheServerParameters.TryParse(ske.Span, form, out var ec, out _))
        {
            return new AcceptedSuite(suite, ec.Group);
        }

        return suite.KeyExchange == KeyExchange.Dhe && DheServerParameters.TryParse(ske.Span, form, out var dh, out _)
            ? new AcceptedSuite(suite, null, dh.Prime, dh.Generator)
            : new AcceptedSuite(suite);
    }

    /// <summary>The scheme the ServerKeyExchange was signed with (TLS 1.2 only), or null.</summary>
    public static SignatureScheme? SignatureScheme(CipherSuiteInfo suite, ServerFlight flight)
    {
        if (flight.Find(HandshakeType.ServerKeyExchange)?.Body is not { } ske)
        {
            return null;
        }

        var form = Form(suite, ProtocolVersion.Tls12);
        return suite.KeyExchange switch
        {
            KeyExchange.Ecdhe when EcdheServerParameters.TryParse(ske.Span, form, out var ec, out _) => ec.Signature?.Scheme,
            KeyExchange.Dhe when DheServerParameters.TryParse(ske.Span, form, out var dh, out _) => dh.Signature?.Scheme,
            _ => null,
        };
    }

    // RFC 5246 §7.4.3: TLS 1.2 names the signature algorithm; earlier versions do not; anonymous suites do not sign.
    private static ServerKeyExchangeSignatureForm Form(CipherSuiteInfo suite, ProtocolVersion version) =>
        suite.Authentication == Authentication.Anonymous ? ServerKeyExchangeSignatureForm.None
        : version == ProtocolVersion.Tls12 ? ServerKeyExchangeSignatureForm.WithScheme
        : ServerKeyExchangeSignatureForm.Unlabelled;
}
