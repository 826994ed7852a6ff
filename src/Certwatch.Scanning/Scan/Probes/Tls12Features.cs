namespace Certwatch.Scanning.Scan.Probes;

/// <summary>The facts one TLS ≤ 1.2 hello with every optional extension shows in clear.</summary>
internal sealed record Tls12Features(
    ProbeOutcome<ResumptionSupport> Resumption,
    ProbeOutcome<OcspStapleFacts> OcspStapling,
    ProbeOutcome<RenegotiationFacts> Renegotiation,
    ProbeOutcome<bool> ExtendedMasterSecret,
    ProbeOutcome<bool> HeartbeatExtension);
