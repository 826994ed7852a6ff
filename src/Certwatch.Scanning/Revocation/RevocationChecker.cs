using System.Security.Cryptography;
using Certwatch.Scanning.Aia;
using Certwatch.X509.Model;
using Certwatch.X509.Revocation;

namespace Certwatch.Scanning.Revocation;

/// <summary>
/// Asks the revocation sources of each non-anchor certificate of a path: the OCSP responder from AIA first
/// (RFC 6960; POST, as RFC 5019 §5 allows, with a nonce), then the CRL distribution points (RFC 5280
/// §4.2.1.13) when OCSP gave no usable answer. Bounded by the fetcher (timeout, size, per-run cache).
/// Soft-fail: every problem is <see cref="RevocationStatus.Unavailable"/>, never "revoked".
/// </summary>
public sealed class RevocationChecker(BoundedHttpFetcher fetcher, NetworkFetchOptions options)
{
    public async Task<IReadOnlyList<RevocationCheck>> CheckPathAsync(IReadOnlyList<CertificateInfo> path, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var results = new List<RevocationCheck>();
        if (!options.Enabled || !options.Revocation)
        {
            return results;
        }

        // The last certificate is the anchor (or the top of an incomplete path): nothing above it to ask.
        for (var i = 0; i + 1 < path.Count; i++)
        {
            if (await CheckOneAsync(path[i], path[i + 1], i, now, cancellationToken) is { } result)
            {
                results.Add(result);
            }
        }

        return results;
    }

    private async Task<RevocationCheck?> CheckOneAsync(CertificateInfo certificate, CertificateInfo issuer, int index, DateTimeOffset now, CancellationToken cancellationToken)
    {
        RevocationCheck? ocsp = null;
        if (certificate.OcspUrls.FirstOrDefault(IsHttp) is { } responder)
        {
            ocsp = await AskOcspAsync(certificate, issuer, index, responder, now, cancellationToken);
            if (ocsp.Status != RevocationStatus.Unavailable)
            {
                return ocsp;
            }
        }

        if (certificate.CrlUrls.FirstOrDefault(IsHttp) is { } crlUrl)
        {
            var crl = await AskCrlAsync(certificate, issuer, index, crlUrl, now, cancellationToken);
            return crl.Status == RevocationStatus.Unavailable && ocsp is not null ? ocsp with { Detail = $"{ocsp.Detail}; CRL: {crl.Detail}" } : crl;
        }

        return ocsp;
    }

    private async Task<RevocationCheck> AskOcspAsync(CertificateInfo certificate, CertificateInfo issuer, int index, string url, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nonce = RandomNumberGenerator.GetBytes(16);
        var request = OcspRequestBuilder.Build(OcspCertId.For(certificate, issuer), nonce);
        var download = await fetcher.PostAsync(url, request, "application/ocsp-request", options.MaxRevocationBytes, cancellationToken);
        if (download.Body is null)
        {
            return Unavailable(certificate, index, RevocationSource.Ocsp, url, download.Error);
        }

        if (!OcspResponseParser.TryParse(download.Body, out var response, out var error))
        {
            return Unavailable(certificate, index, RevocationSource.Ocsp, url, error);
        }

        var (status, single, detail) = OcspResponseValidator.Validate(response!, certificate, issuer, now, nonce);
        return new(certificate.DisplayName, certificate.SerialNumber, index, RevocationSource.Ocsp, url, status,
            status == RevocationStatus.Revoked ? single?.RevokedAt : null, status == RevocationStatus.Revoked ? single?.Reason : null, detail);
    }

    private async Task<RevocationCheck> AskCrlAsync(CertificateInfo certificate, CertificateInfo issuer, int index, string url, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var download = await fetcher.GetAsync(url, options.MaxRevocationBytes, cancellationToken);
        if (download.Body is null)
        {
            return Unavailable(certificate, index, RevocationSource.Crl, url, download.Error);
        }

        if (!CrlParser.TryParse(download.Body, out var crl, out var error))
        {
            return Unavailable(certificate, index, RevocationSource.Crl, url, error);
        }

        var (status, entry, detail) = CrlValidator.Validate(crl!, certificate, issuer, now);
        return new(certificate.DisplayName, certificate.SerialNumber, index, RevocationSource.Crl, url, status, entry?.RevokedAt, entry?.Reason, detail);
    }

    private static RevocationCheck Unavailable(CertificateInfo certificate, int index, RevocationSource source, string url, string? why) =>
        new(certificate.DisplayName, certificate.SerialNumber, index, source, url, RevocationStatus.Unavailable, null, null, why ?? "no answer");

    private static bool IsHttp(string url) => X509.Chain.AiaIssuerPlanner.IsHttp(url);
}
