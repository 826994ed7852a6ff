using Certwatch.Tls.Handshake;
using Certwatch.X509.Analysis;
using Certwatch.X509.Model;

namespace Certwatch.Scanning.Check;

/// <summary>One address of a target: what was observed, the parsed chain and its analysis (null when no certificate was received).</summary>
public sealed record AddressReport(
    string Address,
    HandshakeObservation Observation,
    IReadOnlyList<CertificateInfo> Served,
    ChainAnalysis? Analysis);
