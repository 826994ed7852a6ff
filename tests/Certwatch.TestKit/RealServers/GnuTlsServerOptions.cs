using Certwatch.TestKit.Pki;

namespace Certwatch.TestKit.RealServers;

/// <summary>A <c>gnutls-serv --http</c> configuration.</summary>
/// <param name="Chain">The certificates served, leaf first; the key is the leaf's.</param>
public sealed record GnuTlsServerOptions(IReadOnlyList<IssuedCertificate> Chain)
{
    /// <summary>The GnuTLS priority string, e.g. "NORMAL:-VERS-ALL:+VERS-TLS1.2:-CIPHER-ALL:+AES-128-CBC".</summary>
    public string Priority { get; init; } = "NORMAL";

    /// <summary>Generate DH parameters of this size and pass them with --dhparams.</summary>
    public int? DhParamBits { get; init; }

    /// <summary>Extra raw arguments ("--noticket", "--heartbeat", "--alpn=h2"…).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    public static GnuTlsServerOptions For(TestChain chain) => new(chain.Served);
}
