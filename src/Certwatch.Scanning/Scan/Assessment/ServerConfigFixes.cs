using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Scan.Assessment;

/// <summary>
/// The configuration lines of the fixes, for nginx, Apache httpd and HAProxy. Values follow Mozilla's
/// intermediate configuration (ssl-config.mozilla.org, guidelines 5.7).
/// </summary>
internal static class ServerConfigFixes
{
    /// <summary>Mozilla guidelines 5.7 "intermediate" OpenSSL cipher list (TLS 1.2; TLS 1.3 suites are all fine).</summary>
    public const string IntermediateCiphers =
        "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:" +
        "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305";

    public static FixAdvice Protocols(string summary) => new(summary,
    [
        new("nginx", "ssl_protocols TLSv1.2 TLSv1.3;"),
        new("apache", "SSLProtocol -all +TLSv1.2 +TLSv1.3"),
        new("haproxy", "ssl-default-bind-options ssl-min-ver TLSv1.2"),
    ]);

    public static FixAdvice Ciphers(string summary) => new(summary,
    [
        new("nginx", $"ssl_ciphers {IntermediateCiphers};"),
        new("nginx", "ssl_prefer_server_ciphers off;"),
        new("apache", $"SSLCipherSuite {IntermediateCiphers}"),
        new("apache", "SSLHonorCipherOrder off"),
        new("haproxy", $"ssl-default-bind-ciphers {IntermediateCiphers}"),
    ]);

    /// <summary>RFC 7919 ffdhe2048 as the DHE group: 2048 bits, published and vetted (Mozilla intermediate).</summary>
    public static FixAdvice DhParameters(string summary) => new(summary,
    [
        new("shell", "openssl genpkey -genparam -algorithm DH -pkeyopt group:ffdhe2048 -out /etc/ssl/ffdhe2048.pem"),
        new("nginx", "ssl_dhparam /etc/ssl/ffdhe2048.pem;"),
        new("apache", "SSLOpenSSLConfCmd DHParameters \"/etc/ssl/ffdhe2048.pem\""),
        new("haproxy", "ssl-dh-param-file /etc/ssl/ffdhe2048.pem"),
    ]);

    public static FixAdvice Stapling(string summary) => new(summary,
    [
        new("nginx", "ssl_stapling on;"),
        new("nginx", "ssl_stapling_verify on;"),
        new("apache", "SSLUseStapling On"),
        new("apache", "SSLStaplingCache \"shmcb:logs/ssl_stapling(32768)\""),
        new("haproxy", "/etc/haproxy/site.pem [ocsp-update on]   # a crt-list line, HAProxy 2.8+"),
    ]);

    public static FixAdvice Renegotiation(string summary) => new(summary,
    [
        new("apache", "SSLInsecureRenegotiation off"),
    ]);

    public static FixAdvice Compression(string summary) => new(summary,
    [
        new("apache", "SSLCompression off"),
    ]);
}
