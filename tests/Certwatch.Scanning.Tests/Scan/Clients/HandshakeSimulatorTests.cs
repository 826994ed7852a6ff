using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Assessment;
using Certwatch.Scanning.Scan.Clients;
using Certwatch.Scanning.Tests.Scan.Assessment;
using Certwatch.Tls.Wire;
using Shouldly;
using Xunit;

namespace Certwatch.Scanning.Tests.Scan.Clients;

/// <summary>What each client would negotiate with a hand-built server, or the failure a user would read.</summary>
public sealed class HandshakeSimulatorTests
{
    public static TheoryData<string, string, string, string, string> SuccessCases => new()
    {
        // server, client, protocol, suite, key exchange
        { "modern", "chrome-131", "TLSv1.3", "TLS_AES_128_GCM_SHA256", "x25519" },
        { "modern", "java-21", "TLSv1.3", "TLS_AES_256_GCM_SHA384", "x25519" },
        { "tls13-no-group-probe", "chrome-131", "TLSv1.3", "TLS_AES_128_GCM_SHA256", "x25519" },
        { "tls13-no-group-probe", "java-11.0.2", "TLSv1.3", "TLS_AES_128_GCM_SHA256", "secp256r1" },
        { "modern-pq", "chrome-131", "TLSv1.3", "TLS_AES_128_GCM_SHA256", "X25519MLKEM768" },
        { "modern-pq", "safari-18", "TLSv1.3", "TLS_AES_128_GCM_SHA256", "x25519" },
        { "intermediate", "ie-11-win7", "TLSv1.2", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "DH 2048 bits" },
        { "intermediate", "android-4.4.2", "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "secp384r1" },
        { "intermediate", "android-7.0", "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "secp256r1" },
        { "weak", "chrome-131", "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "secp256r1" },
        { "weak", "java-8u161", "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "secp256r1" },
        { "ssl3-rc4", "openssl-1.0.2", "TLSv1.0", "TLS_RSA_WITH_RC4_128_SHA", "RSA" },
        { "server-order", "chrome-131", "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "x25519" },
        { "client-order", "chrome-131", "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "x25519" },
        { "dhe-4096", "ie-11-win7", "TLSv1.2", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", "DH 4096 bits" },
        { "sha1-signing", "firefox-133", "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "x25519" },
    };

    [Theory]
    [MemberData(nameof(SuccessCases))]
    public void Simulate_CompatibleClient_NegotiatesThis(string server, string client, string protocol, string suite, string keyExchange)
    {
        var result = Simulate(server, client);

        result.Success.ShouldBeTrue(result.Failure);
        result.Protocol.ToString().ShouldBe(protocol);
        result.Suite!.IanaName.ShouldBe(suite);
        result.KeyExchange.ShouldBe(keyExchange);
        result.Failure.ShouldBeNull();
    }

    public static TheoryData<string, string, string> FailureCases => new()
    {
        { "modern", "java-8u161", "no common protocol: client TLSv1.0–TLSv1.2, server TLSv1.3 only" },
        { "modern", "ie-11-win7", "no common protocol: client TLSv1.0–TLSv1.2, server TLSv1.3 only" },
        { "modern", "android-7.0", "no common protocol: client TLSv1.0–TLSv1.2, server TLSv1.3 only" },
        { "ssl3-rc4", "chrome-131", "no common protocol: client TLSv1.2–TLSv1.3, server SSLv3, TLSv1.0" },
        { "chacha-only", "ie-11-win7", "no common cipher suite on TLSv1.2: the server accepts ECDHE-RSA-CHACHA20-POLY1305" },
        { "x25519-only", "android-4.4.2", "no common cipher suite on TLSv1.2: the server accepts ECDHE-RSA-AES128-GCM-SHA256" },
        { "dhe-4096", "java-8u161", "the server's 4096-bit DH parameters exceed the client's maximum of 2048 bits (TLS_DHE_RSA_WITH_AES_128_GCM_SHA256)" },
        { "sha1-signing", "chrome-131", "no common signature algorithm: the server signs with rsa_pkcs1_sha1, which the client does not offer" },
        { "tls13-ed448-only", "chrome-131", "no common signature algorithm: the server signs with ed448, which the client does not offer" },
        { "tls13-p521", "chrome-131", "no common key exchange group: client X25519MLKEM768, x25519, secp256r1, secp384r1, server secp521r1" },
    };

    [Theory]
    [MemberData(nameof(FailureCases))]
    public void Simulate_IncompatibleClient_FailsWithTheReason(string server, string client, string failure)
    {
        var result = Simulate(server, client);

        result.Success.ShouldBeFalse();
        result.Suite.ShouldBeNull();
        result.Failure.ShouldBe(failure);
    }

    [Fact]
    public void Simulate_CipherProbeFailed_SaysItWasNotSimulated()
    {
        var facts = TestServers.Modern() with { Ciphers = ProbeOutcome<IReadOnlyList<ProtocolCiphers>>.Failed("timeout after 5 s") };

        var result = HandshakeSimulator.Simulate(ClientProfileCatalog.Find("chrome-131")!, new ServerTlsView(facts, CertificateReports.Good()));

        result.Success.ShouldBeFalse();
        result.Failure.ShouldBe("not simulated: the cipher enumeration did not complete (timeout after 5 s)");
    }

    [Fact]
    public void Assess_Modern_EveryClientHasAnOutcomeAndOnlyPreTls13ClientsFail()
    {
        var clients = ScanAnalyzer.Assess(TestServers.Modern(), CertificateReports.Good()).Clients;

        clients.Count.ShouldBe(ClientProfileCatalog.All.Count);
        clients.Where(c => !c.Success).Select(c => c.Client).ShouldBe(
            ["Android 4.4.2", "Android 7.0", "IE 11 (Windows 7)", "Java 8u161", "OpenSSL 1.0.2e"], ignoreOrder: true);
    }

    private static ClientSimulationResult Simulate(string server, string client) =>
        HandshakeSimulator.Simulate(ClientProfileCatalog.Find(client)!, new ServerTlsView(Server(server), CertificateReports.Good()));

    private static ScanFacts Server(string name) => name switch
    {
        "modern-pq" => new ScanFactsBuilder().Group(NamedGroup.X25519MlKem768).Version(ProtocolVersion.Tls13, TestServers.Tls13Suites)
            .Groups(true, NamedGroup.X25519MlKem768, NamedGroup.X25519, NamedGroup.Secp256r1).Build(),
        "tls13-no-group-probe" => new ScanFactsBuilder().Version(ProtocolVersion.Tls13, TestServers.Tls13Suites).Build(),
        "server-order" => new ScanFactsBuilder().Version(ProtocolVersion.Tls12, true, "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-AES128-GCM-SHA256").Build(),
        "client-order" => new ScanFactsBuilder().Version(ProtocolVersion.Tls12, false, "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-AES128-GCM-SHA256").Build(),
        "dhe-4096" => new ScanFactsBuilder().DhPrime(DhPrimes.Custom(4096)).Version(ProtocolVersion.Tls12, "DHE-RSA-AES128-GCM-SHA256").Build(),
        "chacha-only" => new ScanFactsBuilder().Version(ProtocolVersion.Tls12, "ECDHE-RSA-CHACHA20-POLY1305").Build(),
        "x25519-only" => new ScanFactsBuilder().Version(ProtocolVersion.Tls12, "ECDHE-RSA-AES128-GCM-SHA256").Groups(false, NamedGroup.X25519).Build(),
        "sha1-signing" => new ScanFactsBuilder().Version(ProtocolVersion.Tls12, "ECDHE-RSA-AES128-GCM-SHA256")
            .With(f => f with { SignatureAlgorithms = ProbeOutcome<IReadOnlyList<SignatureScheme>>.Completed([SignatureScheme.RsaPkcs1Sha1]) }).Build(),
        "tls13-ed448-only" => new ScanFactsBuilder().Version(ProtocolVersion.Tls13, TestServers.Tls13Suites)
            .With(f => f with { Tls13SignatureAlgorithms = ProbeOutcome<IReadOnlyList<SignatureScheme>>.Completed([SignatureScheme.Ed448]) }).Build(),
        "tls13-p521" => new ScanFactsBuilder().Group(NamedGroup.Secp521r1).Version(ProtocolVersion.Tls13, TestServers.Tls13Suites).Groups(false, NamedGroup.Secp521r1).Build(),
        _ => ScanAnalyzerTests.Server(name),
    };
}
