using Certwatch.TestKit.Pki;

namespace Certwatch.TestKit.RealServers;

/// <summary>
/// The TLS site an <see cref="NginxServer"/> serves. nginx here links the system OpenSSL 3.0 at security
/// level 2: weak configurations need <c>@SECLEVEL=0</c> in <see cref="Ciphers"/> (e.g.
/// <c>"ALL:@SECLEVEL=0"</c>) or OpenSSL silently drops TLS 1.0/1.1, SHA-1 and small DH.
/// </summary>
/// <param name="Chain">The certificates served, leaf first, exactly in this order; the key is the leaf's.</param>
public sealed record NginxSiteOptions(IReadOnlyList<IssuedCertificate> Chain)
{
    /// <summary>ssl_protocols, e.g. "TLSv1 TLSv1.1 TLSv1.2".</summary>
    public string Protocols { get; init; } = "TLSv1.2 TLSv1.3";

    /// <summary>ssl_ciphers (TLS ≤ 1.2, OpenSSL syntax); nginx's default when null.</summary>
    public string? Ciphers { get; init; }

    /// <summary>ssl_conf_command Ciphersuites (TLS 1.3 suites, e.g. "TLS_AES_128_GCM_SHA256"); OpenSSL's default when null.</summary>
    public string? Tls13Ciphers { get; init; }

    /// <summary>ssl_prefer_server_ciphers.</summary>
    public bool PreferServerCiphers { get; init; }

    /// <summary>Generate DH parameters of this size for ssl_dhparam (enables DHE suites).</summary>
    public int? DhParamBits { get; init; }

    /// <summary>ssl_dhparam from a fixed PEM; wins over <see cref="DhParamBits"/>.</summary>
    public string? DhParamPem { get; init; }

    /// <summary>ssl_ecdh_curve, e.g. "X25519:prime256v1"; nginx's default when null.</summary>
    public string? EcdhCurve { get; init; }

    /// <summary>Raw lines inside the TLS server block ("add_header Strict-Transport-Security \"max-age=63072000\" always;").</summary>
    public IReadOnlyList<string> HttpsDirectives { get; init; } = [];

    /// <summary>Also listen for plain HTTP on <see cref="NginxServer.HttpPort"/> (for redirect tests).</summary>
    public bool PlainHttp { get; init; }

    /// <summary>Raw lines inside the plain-HTTP server block ("return 301 https://localhost:8443$request_uri;").</summary>
    public IReadOnlyList<string> HttpDirectives { get; init; } = [];

    /// <summary>Raw extra server blocks, each a complete "server { … }"; they may use {HTTPS_PORT} and {HTTP_PORT}.</summary>
    public IReadOnlyList<string> ExtraServers { get; init; } = [];

    /// <summary>The usual site: the chain's leaf and intermediate.</summary>
    public static NginxSiteOptions For(TestChain chain) => new(chain.Served);
}
