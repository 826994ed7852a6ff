using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Certwatch.Scanning.Http;

/// <summary>
/// Performs the TLS handshake of an HTTPS hop. Any certificate is accepted so the HTTP layer can still be
/// read; whether browsers would trust it is recorded in <see cref="HttpTlsFacts"/> and judged by the rules.
/// </summary>
internal sealed class HttpTlsConnector(HttpSecurityOptions options)
{
    // sha1WithRSAEncryption, ecdsa-with-SHA1, sha1WithRSA (OIW), dsa-with-sha1.
    private static readonly HashSet<string> Sha1SignatureOids = ["1.2.840.113549.1.1.5", "1.2.840.10045.4.1", "1.3.14.3.2.29", "1.2.840.10040.4.3"];

    public async Task<(SslStream? Stream, HttpTlsFacts? Facts, string? Error)> ConnectAsync(Stream network, string host, CancellationToken cancellationToken)
    {
        (bool Trusted, string? Problem, bool Sha1) verdict = (false, "no certificate", false);
        var tls = new SslStream(network, leaveInnerStreamOpen: false);
        var client = new SslClientAuthenticationOptions
        {
            TargetHost = host,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            ApplicationProtocols = [SslApplicationProtocol.Http11],
            RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
            {
                verdict = Judge(certificate as X509Certificate2, chain, errors);
                return true;
            },
        };
        try
        {
            await tls.AuthenticateAsClientAsync(client, cancellationToken);
        }
        catch (Exception e) when (e is AuthenticationException or IOException)
        {
            await tls.DisposeAsync();
            return (null, null, "TLS handshake failed: " + e.Message);
        }

        var facts = new HttpTlsFacts(tls.SslProtocol.ToString(), tls.NegotiatedCipherSuite.ToString(), verdict.Trusted, verdict.Problem, verdict.Sha1);
        return (tls, facts, null);
    }

    private (bool Trusted, string? Problem, bool Sha1) Judge(X509Certificate2? leaf, X509Chain? served, SslPolicyErrors errors)
    {
        if (leaf is null)
        {
            return (false, "the server sent no certificate", false);
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = options.TimeProvider.GetUtcNow().UtcDateTime;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        if (served is not null)
        {
            chain.ChainPolicy.ExtraStore.AddRange(served.ChainPolicy.ExtraStore);
        }

        if (options.TrustAnchors is { } anchors)
        {
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(anchors.ToArray());
        }

        bool built;
        try
        {
            built = chain.Build(leaf);
        }
        catch (CryptographicException e)
        {
            return (false, "the certificate cannot be verified: " + e.Message, false);
        }

        var elements = chain.ChainElements.Select(e => e.Certificate).ToList();
        var sha1 = elements.Take(Math.Max(elements.Count - 1, 1)).Any(c => Sha1SignatureOids.Contains(c.SignatureAlgorithm.Value ?? ""));
        var problem = !built
            ? "certificate chain does not verify: " + string.Join(", ", chain.ChainStatus.Select(s => s.Status).Distinct())
            : errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) ? "certificate is not valid for this host name" : null;
        return (problem is null, problem, sha1);
    }
}
