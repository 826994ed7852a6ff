using Certwatch.Core.Findings;

namespace Certwatch.X509.Analysis.Findings;

/// <summary>Concrete server configuration lines used by fixes. Paths follow certbot's /etc/letsencrypt/live/&lt;host&gt;/ layout.</summary>
public static class FixLines
{
    public static FixAdvice ServeFullChain(string host) => new(
        "Serve fullchain.pem, not cert.pem: the server must send the leaf followed by its intermediate(s). " +
        "HAProxy wants leaf + intermediates + key in one file; Caddy serves the full chain automatically, and with `tls cert key` give it the full chain file.",
        [
            new("nginx", $"ssl_certificate /etc/letsencrypt/live/{host}/fullchain.pem;"),
            new("Apache", $"SSLCertificateFile /etc/letsencrypt/live/{host}/fullchain.pem"),
            new("Apache < 2.4.8", $"SSLCertificateChainFile /etc/letsencrypt/live/{host}/chain.pem"),
            new("HAProxy", $"bind :443 ssl crt /etc/haproxy/certs/{host}.pem"),
            new("HAProxy (shell)", $"cat /etc/letsencrypt/live/{host}/fullchain.pem /etc/letsencrypt/live/{host}/privkey.pem > /etc/haproxy/certs/{host}.pem"),
            new("Caddy", $"tls /etc/letsencrypt/live/{host}/fullchain.pem /etc/letsencrypt/live/{host}/privkey.pem"),
        ]);

    public static FixAdvice ReorderChain(string host) => new(
        "Concatenate the chain file in order: leaf first, then the intermediate that issued it, then the next one up.",
        [
            new("shell", $"cat {host}.crt intermediate.crt > /etc/ssl/{host}/fullchain.pem"),
            new("nginx", $"ssl_certificate /etc/ssl/{host}/fullchain.pem;"),
        ]);

    public static FixAdvice DropRoot(string host) => FixAdvice.Text(
        $"Remove the root certificate from the chain file of {host}: clients already have it, so it only costs bytes in every handshake " +
        "(certbot's fullchain.pem never contains it).");

    public static FixAdvice DropExtras(string host, string what) => FixAdvice.Text(
        $"Remove the {what} from the chain file of {host}; it should hold the leaf and its intermediates once each, in order.");

    public static FixAdvice Renew(string host) => new(
        "Renew the certificate and reload the server.",
        [
            new("certbot", $"certbot renew --cert-name {host} && systemctl reload nginx"),
            new("check", $"certwatch check {host}"),
        ]);

    public static FixAdvice Reissue(string summary, string host, params string[] names) => new(
        summary,
        [new("certbot", "certbot certonly " + string.Join(" ", (names.Length == 0 ? [host] : names).Select(n => $"-d {n}")))]);
}
