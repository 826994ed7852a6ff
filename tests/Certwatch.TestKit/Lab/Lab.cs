using System.Collections.Concurrent;
using Certwatch.X509.Trust;

namespace Certwatch.TestKit.Lab;

/// <summary>
/// The lab's certificates, all built from one fixed time: its CAs, the trust anchor to check against, and
/// each scenario's served chain (built once, on first use).
/// </summary>
public sealed class Lab(DateTimeOffset now)
{
    private readonly ConcurrentDictionary<string, Lazy<ServedChain>> _chains = new();

    public LabPki Pki { get; } = new(now);

    /// <summary>The time the certificates were built around; check with <c>--at</c> this time for stable verdicts.</summary>
    public DateTimeOffset Now => Pki.Now;

    public static IReadOnlyList<LabScenario> Scenarios => LabScenarios.All;

    /// <summary>The lab root in PEM, for <c>certwatch check --ca-file</c>.</summary>
    public string TrustAnchorPem => Pki.Root.Pem;

    /// <summary>A trust store holding only the lab root.</summary>
    public TrustStore TrustStore => new("certwatch lab root", [Pki.Root.Info]);

    public ServedChain Build(LabScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return _chains.GetOrAdd(scenario.Name, _ => new Lazy<ServedChain>(() => scenario.Build(Pki))).Value;
    }
}
