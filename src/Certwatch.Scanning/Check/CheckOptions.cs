using Certwatch.Core.Findings;
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
    int Concurrency);
