using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan;

/// <summary>
/// Everything the probes learned about one address: the raw observations, no judgement. The analysis
/// (vulnerabilities, grade, Mozilla profiles, client simulation) is a pure function of these facts plus the
/// certificate check of the same address.
/// </summary>
public sealed record ScanFacts(ProbeEndpoint Endpoint)
{
    public ProbeOutcome<IReadOnlyList<ProtocolSupport>> Protocols { get; init; } = ProbeOutcome<IReadOnlyList<ProtocolSupport>>.Skipped("not run");

    /// <summary>SSLv2 cipher kinds the server offered in its SERVER-HELLO (empty when SSLv2 is off).</summary>
    public ProbeOutcome<IReadOnlyList<Ssl2CipherKind>> Ssl2Ciphers { get; init; } = ProbeOutcome<IReadOnlyList<Ssl2CipherKind>>.Skipped("not run");

    /// <summary>One entry per supported protocol version SSLv3…TLS 1.3, newest first.</summary>
    public ProbeOutcome<IReadOnlyList<ProtocolCiphers>> Ciphers { get; init; } = ProbeOutcome<IReadOnlyList<ProtocolCiphers>>.Skipped("not run");

    public ProbeOutcome<GroupSupport> Groups { get; init; } = ProbeOutcome<GroupSupport>.Skipped("not run");

    /// <summary>Signature schemes the server signs its key exchange with when offered alone (TLS 1.2 ServerKeyExchange).</summary>
    public ProbeOutcome<IReadOnlyList<SignatureScheme>> SignatureAlgorithms { get; init; } = ProbeOutcome<IReadOnlyList<SignatureScheme>>.Skipped("not run");

    /// <summary>Signature schemes the server accepts when offered alone in a TLS 1.3 hello (its CertificateVerify is encrypted).</summary>
    public ProbeOutcome<IReadOnlyList<SignatureScheme>> Tls13SignatureAlgorithms { get; init; } = ProbeOutcome<IReadOnlyList<SignatureScheme>>.Skipped("not run");

    public ProbeOutcome<AlpnSupport> Alpn { get; init; } = ProbeOutcome<AlpnSupport>.Skipped("not run");

    public ProbeOutcome<ResumptionSupport> Resumption { get; init; } = ProbeOutcome<ResumptionSupport>.Skipped("not run");

    public ProbeOutcome<OcspStapleFacts> OcspStapling { get; init; } = ProbeOutcome<OcspStapleFacts>.Skipped("not run");

    public ProbeOutcome<RenegotiationFacts> Renegotiation { get; init; } = ProbeOutcome<RenegotiationFacts>.Skipped("not run");

    /// <summary>True when the server accepted DEFLATE compression (RFC 3749; the CRIME attack).</summary>
    public ProbeOutcome<bool> Compression { get; init; } = ProbeOutcome<bool>.Skipped("not run");

    public ProbeOutcome<FallbackScsvFacts> FallbackScsv { get; init; } = ProbeOutcome<FallbackScsvFacts>.Skipped("not run");

    /// <summary>True when the server echoed extended_master_secret (RFC 7627).</summary>
    public ProbeOutcome<bool> ExtendedMasterSecret { get; init; } = ProbeOutcome<bool>.Skipped("not run");

    /// <summary>True when the server echoed the heartbeat extension (RFC 6520).</summary>
    public ProbeOutcome<bool> HeartbeatExtension { get; init; } = ProbeOutcome<bool>.Skipped("not run");

    public ProbeOutcome<HeartbleedFacts> Heartbleed { get; init; } = ProbeOutcome<HeartbleedFacts>.Skipped("not run");

    public ProbeOutcome<CcsInjectionFacts> CcsInjection { get; init; } = ProbeOutcome<CcsInjectionFacts>.Skipped("not run");

    /// <summary>ROBOT: whether RSA key exchange answers reveal PKCS#1 v1.5 padding validity (a Bleichenbacher oracle).</summary>
    public ProbeOutcome<RobotFacts> Robot { get; init; } = ProbeOutcome<RobotFacts>.Skipped("not run");

    /// <summary>How many connections the probes opened (each probe opens at most one).</summary>
    public int Connections { get; init; }

    public TimeSpan Elapsed { get; init; }
}
