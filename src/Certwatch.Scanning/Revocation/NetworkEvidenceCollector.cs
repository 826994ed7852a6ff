using Certwatch.Core.Findings;
using Certwatch.Scanning.Aia;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;
using Certwatch.X509.Trust;
using Certwatch.X509.Verdicts;

namespace Certwatch.Scanning.Revocation;

/// <summary>
/// The network half of a chain check, done before the pure analysis: AIA downloads of missing issuers,
/// the preloaded-intermediate snapshot for Firefox, and OCSP/CRL answers for the path. Returns the
/// <see cref="ClientEvidence"/> the client profiles judge with, and the findings it implies.
/// </summary>
public static class NetworkEvidenceCollector
{
    public static async Task<(ClientEvidence Evidence, IReadOnlyList<Finding> Findings)> CollectAsync(
        IReadOnlyList<CertificateInfo> served, TrustStore trustStore, DateTimeOffset now, NetworkFetchOptions network,
        IntermediateStore intermediates, BoundedHttpFetcher? sharedFetcher, string? address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(served);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(intermediates);

        // Snapshot first: Firefox knows what it saw before this connection, not what Chrome just downloaded.
        var preloaded = intermediates.Certificates;
        if (!network.Enabled || served.Count == 0)
        {
            intermediates.Remember(served);
            return (new ClientEvidence(false, [], preloaded, [], false), []);
        }

        var owned = sharedFetcher is null ? new BoundedHttpFetcher(network) : null;
        try
        {
            var fetcher = sharedFetcher ?? owned!;
            var fetches = await new AiaChainCompleter(fetcher, network).CompleteAsync(served, trustStore, now, cancellationToken);
            var downloaded = fetches.SelectMany(f => f.Certificates).ToList();
            intermediates.Remember([.. served, .. downloaded]);

            var path = ChainVerifier.Verify(new VerificationRequest(served, trustStore, now, null, VerificationPolicy.Strict) { ExtraIssuers = downloaded }).Path;
            var checks = await new RevocationChecker(fetcher, network).CheckPathAsync(path, now, cancellationToken);
            var evidence = new ClientEvidence(true, fetches, preloaded, checks, network.StrictUsesAia);
            return (evidence, RevocationFindings.For(checks, fetches, address));
        }
        finally
        {
            owned?.Dispose();
        }
    }
}
