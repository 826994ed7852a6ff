using Certwatch.TestKit.Pki;

namespace Certwatch.TestKit.RealServers;

/// <summary>
/// An <c>openssl s_server -www</c> configuration. <see cref="Arguments"/> are passed as they are, e.g.
/// <c>["-no_tls1_3", "-cipher", "AES128-SHA:@SECLEVEL=0"]</c> or <c>["-tls1_3", "-ciphersuites", "TLS_AES_256_GCM_SHA384"]</c>.
/// </summary>
/// <param name="Chain">The certificates served, leaf first; the key is the leaf's.</param>
public sealed record OpenSslServerOptions(IReadOnlyList<IssuedCertificate> Chain)
{
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Generate DH parameters of this size and pass them with -dhparam (enables DHE suites).</summary>
    public int? DhParamBits { get; init; }

    /// <summary>An OCSPResponse (DER) stapled to every handshake that asks for one (<c>-status_file</c>); null staples nothing.</summary>
    public byte[]? StapledResponse { get; init; }

    public static OpenSslServerOptions For(TestChain chain) => new(chain.Served);
}
