using System.Net;
using Certwatch.Cli.Reporting;
using Certwatch.Cli.Tests.Fixtures;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Scan;
using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;
using Certwatch.X509.Revocation;

namespace Certwatch.Cli.Tests.Scan;

/// <summary>Constructed scan reports: a weak server (TLS 1.0–1.2, 3DES, DHE-1024), a strong one (TLS 1.3 only), and probe failures.</summary>
internal static class ScanSamples
{
    public static ScanRun Run(params ScanTargetResult[] results) => new(results, SampleReports.Now, "--ca-file lab.pem", 1);

    public static ScanTargetResult Weak() => ScanTargetResult.Scanned(Report("weak.example", WeakFacts(), WeakAssessment(), CheckStatus.Warning));

    /// <summary>The weak server with its facts changed by <paramref name="edit"/>.</summary>
    public static ScanTargetResult Weak(Func<ScanFacts, ScanFacts> edit) =>
        ScanTargetResult.Scanned(Report("weak.example", edit(WeakFacts()), WeakAssessment(), CheckStatus.Warning));

    public static ScanTargetResult Strong() => ScanTargetResult.Scanned(Report("strong.example", StrongFacts(), StrongAssessment(), CheckStatus.Ok));

    /// <summary>The strong server whose staple the assessment judged as <paramref name="status"/>.</summary>
    public static ScanTargetResult Stapled(OcspStapleStatus status) =>
        ScanTargetResult.Scanned(Report("strong.example", StrongFacts(), StrongAssessment() with { OcspStaple = Staple(status) }, CheckStatus.Ok));

    /// <summary>Judged staples: produced 2026-11-20, valid until 2026-12-10 (good), revoked 2026-11-01 (keyCompromise), expired 2026-11-30.</summary>
    public static OcspStapleJudgement Staple(OcspStapleStatus status)
    {
        var produced = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
        var good = new OcspStapleJudgement(status, "good; the issuer 'Lab Intermediate', valid until 2026-12-10 08:00:00Z", OcspResponseStatus.Successful,
            produced, produced.AddMinutes(-1), new DateTimeOffset(2026, 12, 10, 8, 0, 0, TimeSpan.Zero), null, null, "the issuer 'Lab Intermediate'");
        return status switch
        {
            OcspStapleStatus.Revoked => good with
            {
                Detail = "revoked at 2026-11-01 10:00:00Z (keyCompromise); the issuer 'Lab Intermediate'",
                RevokedAt = new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero),
                RevocationReason = "keyCompromise",
            },
            OcspStapleStatus.Expired => good with
            {
                Detail = "nextUpdate 2026-11-30 08:00:00Z has passed (thisUpdate 2026-11-20 07:59:00Z); the issuer 'Lab Intermediate'",
                NextUpdate = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero),
            },
            OcspStapleStatus.Malformed => new OcspStapleJudgement(status, "not a valid OCSP response: the encoded length exceeds the number of bytes remaining", null, null, null, null, null, null, null),
            _ => good,
        };
    }

    /// <summary>Nothing listens: every probe after the first is skipped, the analyzer cannot grade ("?").</summary>
    public static ScanTargetResult Unreachable()
    {
        var facts = new ScanFacts(Endpoint())
        {
            Protocols = ProbeOutcome<IReadOnlyList<ProtocolSupport>>.Failed("connection refused", TimeSpan.FromMilliseconds(3)),
            Ciphers = ProbeOutcome<IReadOnlyList<ProtocolCiphers>>.Skipped("protocol probe failed: connection refused"),
        };
        var assessment = new ScanAssessment([], [], new ScanGrade("?", "?", 0, 0, 0, 0, [], ["not graded: connection refused"]), []);
        var check = SampleReports.Unreachable("down.example", 443);
        var address = new ScanAddressReport("127.0.0.1", check.Addresses[0], facts, assessment);
        return ScanTargetResult.Scanned(new ScanReport(check.Target, CheckStatus.Unknown, [address], [], "127.0.0.1:443: connection refused", SampleReports.Now, TimeSpan.FromMilliseconds(5)));
    }

    public static ScanTargetResult Invalid() => ScanTargetResult.Invalid("exa mple", "invalid target 'exa mple': a host name cannot contain a space");

    public static AcceptedSuite Suite(string iana, NamedGroup? group = null, int? dhBits = null) => new(
        CipherSuiteRegistry.FindByName(iana) ?? throw new ArgumentException(iana),
        group,
        dhBits is { } bits ? new ReadOnlyMemory<byte>(Prime(bits)) : null,
        dhBits is null ? null : new ReadOnlyMemory<byte>([2]));

    private static ScanReport Report(string host, ScanFacts facts, ScanAssessment assessment, CheckStatus status)
    {
        var check = SampleReports.Report(host, 443, 60, CheckStatus.Ok);
        var address = new ScanAddressReport("127.0.0.1", check.Addresses[0], facts, assessment);
        var target = new Target($"{host}:443", host, 443, host, null, null);
        return new ScanReport(target, status, [address], assessment.Findings, null, SampleReports.Now, TimeSpan.FromMilliseconds(420));
    }

    private static ScanFacts WeakFacts() => new(Endpoint())
    {
        Protocols = ProbeOutcome<IReadOnlyList<ProtocolSupport>>.Completed(
        [
            new(ProtocolVersion.Ssl2, false, "connection closed"),
            new(ProtocolVersion.Ssl3, false, "handshake_failure alert"),
            new(ProtocolVersion.Tls10, true),
            new(ProtocolVersion.Tls11, true),
            new(ProtocolVersion.Tls12, true),
            new(ProtocolVersion.Tls13, false, "answered TLSv1.2 instead"),
        ]),
        Ssl2Ciphers = ProbeOutcome<IReadOnlyList<Ssl2CipherKind>>.Completed([]),
        Ciphers = ProbeOutcome<IReadOnlyList<ProtocolCiphers>>.Completed(
        [
            new(ProtocolVersion.Tls12,
            [
                Suite("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", NamedGroup.X25519),
                Suite("TLS_DHE_RSA_WITH_AES_128_CBC_SHA", dhBits: 1024),
                Suite("TLS_RSA_WITH_3DES_EDE_CBC_SHA"),
            ], true),
            new(ProtocolVersion.Tls10, [Suite("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", NamedGroup.X25519), Suite("TLS_RSA_WITH_3DES_EDE_CBC_SHA")], true),
        ]),
        Groups = ProbeOutcome<GroupSupport>.Completed(new([NamedGroup.X25519, NamedGroup.Secp256r1], true)),
        SignatureAlgorithms = ProbeOutcome<IReadOnlyList<SignatureScheme>>.Completed([SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPkcs1Sha1]),
        Tls13SignatureAlgorithms = ProbeOutcome<IReadOnlyList<SignatureScheme>>.Skipped("no TLS 1.3"),
        Alpn = ProbeOutcome<AlpnSupport>.Completed(new(["http/1.1"])),
        Resumption = ProbeOutcome<ResumptionSupport>.Completed(new(true, true)),
        OcspStapling = ProbeOutcome<OcspStapleFacts>.Completed(new(false, null, ProtocolVersion.Tls12)),
        Renegotiation = ProbeOutcome<RenegotiationFacts>.Completed(new(true, false)),
        Compression = ProbeOutcome<bool>.Completed(false),
        FallbackScsv = ProbeOutcome<FallbackScsvFacts>.Completed(new(false, "accepted TLSv1.1")),
        ExtendedMasterSecret = ProbeOutcome<bool>.Completed(true),
        HeartbeatExtension = ProbeOutcome<bool>.Completed(false),
        Heartbleed = ProbeOutcome<HeartbleedFacts>.Completed(new(false, "no heartbeat response")),
        CcsInjection = ProbeOutcome<CcsInjectionFacts>.Failed("connection reset by peer", TimeSpan.FromMilliseconds(120)),
        Robot = ProbeOutcome<RobotFacts>.Completed(WeakRobot(), TimeSpan.FromMilliseconds(95)),
        Connections = 41,
        Elapsed = TimeSpan.FromMilliseconds(380),
    };

    // A strong oracle: a wrong block type is answered with decrypt_error, everything else with bad_record_mac.
    private static RobotFacts WeakRobot()
    {
        var badRecordMac = new Alert(AlertLevel.Fatal, new AlertDescription(20));
        IReadOnlyList<RobotResponse> round = [.. Enum.GetValues<RobotVariant>().Select(v => v == RobotVariant.WrongFirstBytes
            ? new RobotResponse(v, RobotReaction.Alert, new Alert(AlertLevel.Fatal, new AlertDescription(51)))
            : new RobotResponse(v, RobotReaction.Alert, badRecordMac))];
        return new RobotFacts(RobotVerdict.StrongOracle, "TLS_RSA_WITH_3DES_EDE_CBC_SHA", round, round,
            "correct padding, no 0x00 separator, wrong version, 0x00 too early: fatal bad_record_mac(20) alert; wrong first bytes: fatal decrypt_error(51) alert; the same in a second round");
    }

    private static ScanAssessment WeakAssessment() => new(
        [
            new Finding("tls.sweet32", Severity.Warning, "64-bit block cipher 3DES offered (SWEET32)", "Long connections can be decrypted.",
                ["TLSv1.2: TLS_RSA_WITH_3DES_EDE_CBC_SHA"], new FixAdvice("Remove 3DES", [new ServerConfigLine("nginx", "ssl_ciphers HIGH:!3DES;")])),
            new Finding("tls.dh-weak", Severity.Warning, "DHE with a 1024-bit group (Logjam)", "", ["DH 1024 bits"], null),
        ],
        [
            new ClientSimulationResult("Chrome 131", true, ProtocolVersion.Tls12, CipherSuiteRegistry.FindByName("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), NamedGroup.X25519, null),
            new ClientSimulationResult("Android 4.4.2", false, null, null, null, "no common cipher suite"),
        ],
        new ScanGrade("C", "C", 72, 90, 80, 80,
            [new GradeCap("C", "64-bit block cipher with TLS 1.1+", "TLS_RSA_WITH_3DES_EDE_CBC_SHA on TLSv1.2"), new GradeCap("B", "TLS 1.0 or 1.1 supported", "TLSv1.0, TLSv1.1")],
            ["no A+: grade is capped"]),
        [
            new MozillaProfileCompliance("modern", false, ["TLSv1.0 enabled", "TLSv1.1 enabled", "TLSv1.2 enabled"]),
            new MozillaProfileCompliance("old", true, []),
        ]);

    private static ScanFacts StrongFacts() => new(Endpoint())
    {
        Protocols = ProbeOutcome<IReadOnlyList<ProtocolSupport>>.Completed([new(ProtocolVersion.Tls12, false, "protocol_version alert"), new(ProtocolVersion.Tls13, true)]),
        Ciphers = ProbeOutcome<IReadOnlyList<ProtocolCiphers>>.Completed(
            [new(ProtocolVersion.Tls13, [Suite("TLS_AES_256_GCM_SHA384", NamedGroup.X25519), Suite("TLS_CHACHA20_POLY1305_SHA256", NamedGroup.X25519)], false)]),
        Groups = ProbeOutcome<GroupSupport>.Completed(new([NamedGroup.X25519MlKem768, NamedGroup.X25519], false)),
        Tls13SignatureAlgorithms = ProbeOutcome<IReadOnlyList<SignatureScheme>>.Completed([SignatureScheme.EcdsaSecp256r1Sha256]),
        Heartbleed = ProbeOutcome<HeartbleedFacts>.Skipped("no TLS 1.2 or older"),
        Robot = ProbeOutcome<RobotFacts>.Skipped("no RSA key exchange"),
        OcspStapling = ProbeOutcome<OcspStapleFacts>.Completed(new(true, new byte[] { 0x30, 0x03, 0x0A, 0x01, 0x00 }, ProtocolVersion.Tls13)),
        Connections = 9,
        Elapsed = TimeSpan.FromMilliseconds(80),
    };

    private static ScanAssessment StrongAssessment() => new(
        [],
        [new ClientSimulationResult("Firefox 133", true, ProtocolVersion.Tls13, CipherSuiteRegistry.FindByName("TLS_AES_256_GCM_SHA384"), NamedGroup.X25519MlKem768, null)],
        new ScanGrade("A+", "A+", 100, 100, 100, 100, [], ["A+: HSTS max-age 2 years, no warnings"]),
        [new MozillaProfileCompliance("modern", true, [])]);

    private static ProbeEndpoint Endpoint() => new(IPAddress.Loopback, 443, "localhost", StartTlsProtocol.None);

    private static byte[] Prime(int bits)
    {
        var prime = new byte[bits / 8];
        Array.Fill(prime, (byte)0xFF);
        return prime;
    }
}
