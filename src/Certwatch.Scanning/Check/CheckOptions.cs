using Certwatch.Core.Findings;
using Certwatch.Scanning.Aia;
using Certwatch.Tls.Handshake;
using Certwatch.X509.Trust;

namespace Certwatch.Scanning.Check;

/// <summary>Options of a <c>certwatch check</c> run.</summary>
/// <param name="TrustStore">Trust anchors.</param>
/// <param name="At">Evaluate as of this time (<c>--at</c>); null means the TimeProvider's now.</param>
/// <param name="Expiry">Expiry thresholds.</param>
/// <param name="Probe">Connect/handshake timeouts and the HTTP HEAD switch.</param>
/// <param name="OverallTimeout">Bound on one target, all addresses included.</param>
/// <param name="Concurrency">Targets checked at once.</param>
public sealed record CheckOptions(
    TrustStore TrustStore,
    DateTimeOffset? At,
    ExpiryPolicy Expiry,
    ProbeOptions Probe,
    TimeSpan OverallTimeout,
    int Concurrency)
{
    /// <summary>AIA and revocation downloads (off unless the caller turns them on; the CLI does by default).</summary>
    public NetworkFetchOptions Network { get; init; } = NetworkFetchOptions.Disabled;

    /// <summary>Firefox's preloaded intermediates: the ones Certwatch has seen (<c>--intermediates FILE</c>).</summary>
    public IntermediateStore Intermediates { get; init; } = IntermediateStore.Empty;

    /// <summary>One bounded HTTP client (and cache) for the whole run; null makes one per address.</summary>
    public BoundedHttpFetcher? Fetcher { get; init; }
}
