using System.Net.Security;
using System.Security.Authentication;

namespace Certwatch.Tls.Handshake;

/// <summary>The names reports use for negotiated parameters: OpenSSL-style versions, IANA cipher suite names.</summary>
internal static class NegotiatedNames
{
    // Old versions are obsolete members of SslProtocols, but a checker must name what a server negotiated.
#pragma warning disable SYSLIB0039, CS0618
    public static string Protocol(SslProtocols protocol) => protocol switch
    {
        SslProtocols.Tls13 => "TLSv1.3",
        SslProtocols.Tls12 => "TLSv1.2",
        SslProtocols.Tls11 => "TLSv1.1",
        SslProtocols.Tls => "TLSv1.0",
        SslProtocols.Ssl3 => "SSLv3",
        _ => protocol.ToString(),
    };
#pragma warning restore SYSLIB0039, CS0618

    // TlsCipherSuite members are named exactly as in the IANA TLS Cipher Suites registry; unknown code
    // points are kept as their hex value rather than dropped.
    public static string CipherSuite(TlsCipherSuite suite) =>
        Enum.IsDefined(suite) ? suite.ToString() : "0x" + ((ushort)suite).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

    public static string? Alpn(SslApplicationProtocol protocol) =>
        protocol.Protocol.IsEmpty ? null : protocol.ToString();
}
