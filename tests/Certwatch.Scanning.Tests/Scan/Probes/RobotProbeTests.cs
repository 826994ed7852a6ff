using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers.Scripted;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Tests.Scan.Probes;

/// <summary>
/// The ROBOT probe against scripted servers that really decrypt each ClientKeyExchange with the leaf's key and
/// answer by its padding, like a vulnerable or a patched TLS stack.
/// </summary>
public sealed class RobotProbeTests
{
    private static readonly AlertDescription BadRecordMac = new(20);
    private static readonly AlertDescription DecryptError = new(51);
    private static readonly AlertDescription HandshakeFailure = new(40);
    private static readonly TestChain Chain = TestPki.CreateChain("localhost", new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task RunAsync_StrongOracle_VulnerableWithTheDifferingAnswersOfBothRounds()
    {
        // Like the F5 and Citrix ROBOT bugs: a broken block type gets its own alert.
        await using var server = RsaServer((check, _) => check == RsaPaddingCheck.WrongBlockType ? DecryptError : BadRecordMac);

        var (outcome, connections) = await RunAsync(server);

        outcome.Status.ShouldBe(ProbeStatus.Completed);
        var robot = outcome.Value!;
        robot.Verdict.ShouldBe(RobotVerdict.StrongOracle);
        robot.Vulnerable.ShouldBeTrue();
        robot.Suite.ShouldBe("TLS_RSA_WITH_AES_128_CBC_SHA");
        robot.Evidence.ShouldBe("correct padding, no 0x00 separator, wrong version, 0x00 too early: fatal bad_record_mac(20) alert; "
            + "wrong first bytes: fatal decrypt_error(51) alert; the same in a second round");
        robot.SecondRound.Select(r => r.Answer).ShouldBe(robot.FirstRound.Select(r => r.Answer));
        connections.ShouldBe(10);
    }

    [Fact]
    public async Task RunAsync_OnlyConformingPaddingStandsOut_WeakOracle()
    {
        await using var server = RsaServer((check, _) => check is RsaPaddingCheck.Conforming or RsaPaddingCheck.WrongVersion ? BadRecordMac : HandshakeFailure);

        var (outcome, _) = await RunAsync(server);

        outcome.Value!.Verdict.ShouldBe(RobotVerdict.WeakOracle);
        outcome.Value.Evidence.ShouldStartWith("correct padding, wrong version: fatal bad_record_mac(20) alert; wrong first bytes, no 0x00 separator, 0x00 too early: fatal handshake_failure(40) alert");
    }

    [Fact]
    public async Task RunAsync_SameAlertWhateverThePadding_NotVulnerableAfterOneRound()
    {
        await using var server = RsaServer((_, _) => BadRecordMac);

        var (outcome, connections) = await RunAsync(server);

        outcome.Value!.Verdict.ShouldBe(RobotVerdict.NotVulnerable);
        outcome.Value.Evidence.ShouldBe("all 5 key exchanges answered with fatal bad_record_mac(20) alert");
        outcome.Value.SecondRound.ShouldBeEmpty();
        connections.ShouldBe(5);
    }

    [Fact]
    public async Task RunAsync_OracleThatVanishesInTheSecondRound_InconclusiveNeverVulnerable()
    {
        await using var server = RsaServer((check, index) => index < 5 && check == RsaPaddingCheck.NoSeparator ? DecryptError : BadRecordMac);

        var (outcome, connections) = await RunAsync(server);

        outcome.Value!.Verdict.ShouldBe(RobotVerdict.Inconclusive);
        outcome.Value.Vulnerable.ShouldBeFalse();
        outcome.Value.Evidence.ShouldStartWith("inconclusive (responses not stable): first round ");
        outcome.Value.Evidence.ShouldContain("second round correct padding, wrong first bytes, no 0x00 separator, wrong version, 0x00 too early: fatal bad_record_mac(20) alert");
        connections.ShouldBe(10);
    }

    [Fact]
    public async Task RunAsync_CloseForOneVariantAlertForTheOthers_StrongOracle()
    {
        await using var server = RsaServer((check, _) => check == RsaPaddingCheck.WrongLength ? null : BadRecordMac);

        var (outcome, _) = await RunAsync(server);

        outcome.Value!.Verdict.ShouldBe(RobotVerdict.StrongOracle);
        outcome.Value.Evidence.ShouldContain("0x00 too early: connection closed");
    }

    [Fact]
    public async Task RunAsync_EcdheOnlyServer_SkippedWithoutConnecting()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls12], Suites = [new(0xC02F), new(0xC013)] });

        var (outcome, connections) = await RunAsync(server);

        outcome.Status.ShouldBe(ProbeStatus.Skipped);
        outcome.Reason.ShouldBe("no RSA key exchange");
        connections.ShouldBe(0);
    }

    [Fact]
    public async Task RunAsync_ActiveProbesOff_SkippedWithoutConnecting()
    {
        await using var server = RsaServer((check, _) => check == RsaPaddingCheck.WrongBlockType ? DecryptError : BadRecordMac);
        using var harness = ProbeHarness.For(server);
        var ciphers = await CipherSuiteProbe.RunAsync(harness.Context, [ProtocolVersion.Tls12], CancellationToken.None);
        var before = server.Connections;

        var outcome = await RobotProbe.RunAsync(harness.Context, ciphers, enabled: false, CancellationToken.None);

        outcome.Status.ShouldBe(ProbeStatus.Skipped);
        outcome.Reason.ShouldBe("active vulnerability probes turned off");
        server.Connections.ShouldBe(before);
    }

    [Fact]
    public async Task RunAsync_PlaceholderCertificate_FailsWithTheReasonAfterOneConnection()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls12], Suites = [new(0x002F)] });

        var (outcome, connections) = await RunAsync(server);

        outcome.Status.ShouldBe(ProbeStatus.Error);
        outcome.Reason.ShouldBe("correct padding key exchange: the server's leaf certificate has no readable RSA public key");
        connections.ShouldBe(1);
    }

    [Fact]
    public async Task AddressProbes_OracleServer_ReportsRobotBesideTheOtherFacts()
    {
        await using var server = RsaServer((check, _) => check == RsaPaddingCheck.WrongBlockType ? DecryptError : BadRecordMac);
        using var harness = ProbeHarness.For(server);

        var facts = await AddressProbes.RunAsync(harness.Connector, harness.Endpoint, ProbeHarness.Limits, ProbeRandom.Seeded(3), activeVulnerabilityProbes: true, CancellationToken.None);

        facts.Robot.Value!.Verdict.ShouldBe(RobotVerdict.StrongOracle);
        facts.Heartbleed.Value!.Vulnerable.ShouldBeFalse();
        facts.Connections.ShouldBe(server.Connections);
    }

    // TLS 1.2 with one ECDHE and one RSA key exchange suite: the probe must offer only the RSA one.
    private static ScriptedTlsServer RsaServer(Func<RsaPaddingCheck, int, AlertDescription?> answer) => ScriptedTlsServer.Start(new ScriptedServerConfig
    {
        Versions = [ProtocolVersion.Tls12],
        Suites = [new(0xC02F), new(0x002F)],
        RsaKeyExchange = new ScriptedRsaKeyExchange(Chain.Leaf.Certificate) { Answer = answer },
    });

    // The cipher suite probe first (ROBOT reads its result), then ROBOT; the connections are ROBOT's alone.
    private static async Task<(ProbeOutcome<RobotFacts> Outcome, int Connections)> RunAsync(ScriptedTlsServer server)
    {
        using var harness = ProbeHarness.For(server);
        var ciphers = await CipherSuiteProbe.RunAsync(harness.Context, [ProtocolVersion.Tls12], CancellationToken.None);
        var before = server.Connections;
        var outcome = await RobotProbe.RunAsync(harness.Context, ciphers, enabled: true, CancellationToken.None);
        return (outcome, server.Connections - before);
    }
}
