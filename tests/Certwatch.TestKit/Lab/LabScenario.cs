using Certwatch.Core.Targets;
using Certwatch.Core.Findings;

namespace Certwatch.TestKit.Lab;

/// <summary>
/// One broken (or healthy) deployment the lab serves: what it shows, what a check must report, and how
/// its chain is built from the lab's CAs.
/// </summary>
/// <param name="Name">Short stable name, e.g. "expired-intermediate".</param>
/// <param name="Shows">One line for the user: the mistake it reproduces.</param>
/// <param name="ExpectedFindingIds">Finding ids a check must report (at least these).</param>
/// <param name="ExpectedStatus">The status a check must end with.</param>
/// <param name="ExpectedName">The name a client asks for (SNI and certificate match); an IP literal means no SNI.</param>
/// <param name="Build">Issues the served chain from the lab's CAs.</param>
public sealed record LabScenario(
    string Name,
    string Shows,
    IReadOnlyList<string> ExpectedFindingIds,
    CheckStatus ExpectedStatus,
    string ExpectedName,
    Func<LabPki, ServedChain> Build)
{
    /// <summary>The plain-text dialogue before TLS (SMTP, IMAP…); None for a plain HTTPS scenario.</summary>
    public StartTlsProtocol StartTls { get; init; }

    public override string ToString() => Name;
}
