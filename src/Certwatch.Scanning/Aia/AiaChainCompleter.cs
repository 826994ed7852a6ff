using Certwatch.X509.Chain;
using Certwatch.X509.Model;
using Certwatch.X509.Trust;

namespace Certwatch.Scanning.Aia;

/// <summary>
/// Completes an incomplete served chain the way Chrome's CertIssuerSourceAia and Apple's SecTrust do: while
/// path building finds no issuer for the top certificate, download its caIssuers URL and try again —
/// at most <see cref="NetworkFetchOptions.MaxAiaDepth"/> downloads, each URL once.
/// </summary>
public sealed class AiaChainCompleter(BoundedHttpFetcher fetcher, NetworkFetchOptions options)
{
    public async Task<IReadOnlyList<AiaFetchResult>> CompleteAsync(
        IReadOnlyList<CertificateInfo> served, TrustStore trustStore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fetches = new List<AiaFetchResult>();
        if (!options.Enabled || served.Count == 0)
        {
            return fetches;
        }

        var tried = new HashSet<string>(StringComparer.Ordinal);
        for (var depth = 0; depth < options.MaxAiaDepth; depth++)
        {
            var request = new VerificationRequest(served, trustStore, now, null, VerificationPolicy.Strict)
            {
                ExtraIssuers = [.. fetches.SelectMany(f => f.Certificates)],
            };
            if (AiaIssuerPlanner.Next(ChainVerifier.Verify(request), tried) is not { } next)
            {
                break;
            }

            tried.Add(next.Url);
            fetches.Add(await FetchAsync(next.Url, next.Certificate.DisplayName, cancellationToken));
        }

        return fetches;
    }

    private async Task<AiaFetchResult> FetchAsync(string url, string forCertificate, CancellationToken cancellationToken)
    {
        var download = await fetcher.GetAsync(url, options.MaxAiaBytes, cancellationToken);
        if (download.Body is null)
        {
            return AiaFetchResult.Failed(url, forCertificate, download.Error ?? "no response");
        }

        var (certificates, error) = AiaPayloadDecoder.Decode(download.Body);
        return error is null ? new AiaFetchResult(url, forCertificate, certificates, null) : AiaFetchResult.Failed(url, forCertificate, error);
    }
}
