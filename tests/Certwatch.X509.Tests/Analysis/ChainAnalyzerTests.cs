using System.Security.Cryptography;
using Certwatch.Core.Findings;
using Certwatch.TestKit.Pki;
using Certwatch.X509.Analysis;
using Certwatch.X509.Model;
using Certwatch.X509.Trust;
using Certwatch.X509.Verdicts;
using Shouldly;
using Xunit;

namespace Certwatch.X509.Tests.Analysis;

/// <summary>End to end: builder-made PKIs through the real parser, verifier, findings and verdicts.</summary>
public class ChainAnalyzerTests
{
    private const string Host = "a.test";
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<TestKey> RootKey = new(() => TestKey.Rsa(2048));
    private static readonly Lazy<TestKey> IntermediateKey = new(() => TestKey.Rsa(2048));
    private static readonly Lazy<TestKey> LeafKey = new(() => TestKey.Rsa(2048));

    [Fact]
    public void Analyze_GoodChain_NoFindingsEveryClientOk()
    {
        var chain = Chain();

        var analysis = Analyze(chain, chain.Served);

        analysis.Findings.ShouldBeEmpty();
        analysis.Verdicts.ShouldAllBe(v => v.Accepted && v.Message == "OK");
        analysis.Facts.ShouldBe(new ServedChainFacts(true, false, 0, 0, true, null, null));
    }

    [Fact]
    public void Analyze_LeafOnly_IncompleteWithAiaUrlChromeFetchesCurlFails()
    {
        var chain = Chain();

        var analysis = Analyze(chain, [chain.Leaf]);

        var finding = analysis.Findings.Single(f => f.Id == FindingIds.ChainIncomplete);
        finding.Evidence.ShouldContain($"AIA CA Issuers: {TestPki.DefaultCaIssuersUrl}");
        finding.Fix!.Lines.ShouldContain(l => l.Line == $"ssl_certificate /etc/letsencrypt/live/{Host}/fullchain.pem;");
        analysis.Facts.MissingIssuer.ShouldNotBeNull().ShouldContain("Certwatch Test Intermediate");
        Verdict(analysis, ClientId.Chrome).Accepted.ShouldBeTrue();
        Verdict(analysis, ClientId.OpenSsl).Message.ShouldBe("curl: (60) SSL certificate problem: unable to get local issuer certificate");
        Verdict(analysis, ClientId.Firefox).ErrorCode.ShouldBe("SEC_ERROR_UNKNOWN_ISSUER");
        Verdict(analysis, ClientId.Java).Message.ShouldContain("unable to find valid certification path to requested target");
    }

    [Fact]
    public void Analyze_ExpiredIntermediate_NamesItFirefoxShowsExpiredIssuer()
    {
        var chain = Chain(intermediate: s => s with { NotAfter = Now.AddDays(-2) });

        var analysis = Analyze(chain, chain.Served);

        var finding = analysis.Findings.Single(f => f.Id == FindingIds.ChainIntermediateExpired);
        finding.Title.ShouldContain("Certwatch Test Intermediate");
        finding.Title.ShouldContain(Now.AddDays(-2).ToString("yyyy-MM-dd"));
        Verdict(analysis, ClientId.Firefox).ErrorCode.ShouldBe("SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE");
        Verdict(analysis, ClientId.Chrome).ErrorCode.ShouldBe("NET::ERR_CERT_DATE_INVALID");
        Verdict(analysis, ClientId.OpenSsl).ErrorCode.ShouldBe("X509_V_ERR_CERT_HAS_EXPIRED (10)");
    }

    [Fact]
    public void Analyze_ExpiredLeafForAnotherName_FirefoxBadDomainChromeCommonName()
    {
        var chain = Chain(leaf: s => s with { NotBefore = Now.AddDays(-90), NotAfter = Now.AddDays(-1) });

        var analysis = Analyze(chain, chain.Served, name: "b.test");

        analysis.Findings.Select(f => f.Id).ShouldContain(FindingIds.CertExpired);
        analysis.Findings.Single(f => f.Id == FindingIds.HostMismatch).Title.ShouldBe("Certificate is valid for a.test — not b.test");
        Verdict(analysis, ClientId.Firefox).ErrorCode.ShouldBe("SSL_ERROR_BAD_CERT_DOMAIN");
        Verdict(analysis, ClientId.Chrome).ErrorCode.ShouldBe("NET::ERR_CERT_COMMON_NAME_INVALID");
    }

    [Fact]
    public void Analyze_PrivateRootNotTrusted_UntrustedRootAndRootSent()
    {
        var chain = Chain();

        var analysis = Analyze(chain, [chain.Leaf, chain.Intermediate, chain.Root], trusted: false);

        analysis.Findings.Single(f => f.Id == FindingIds.ChainUntrustedRoot).Title.ShouldContain("Certwatch Test Root");
        analysis.Findings.ShouldContain(f => f.Id == FindingIds.ChainRootSent && f.Severity == Severity.Info);
        Verdict(analysis, ClientId.OpenSsl).ErrorCode.ShouldBe("X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN (19)");
        Verdict(analysis, ClientId.Chrome).ErrorCode.ShouldBe("NET::ERR_CERT_AUTHORITY_INVALID");
    }

    [Fact]
    public void Analyze_SelfSignedLeaf_SelfSignedEverywhere()
    {
        var leaf = (TestPki.LeafSpec(Host, Chain().Intermediate, Now, LeafKey.Value) with { Issuer = null }).Issue();

        var analysis = ChainAnalyzer.Analyze(Input([leaf.Info], new TrustStore("system: test", [Chain().Root.Info]), Host));

        analysis.Findings.ShouldContain(f => f.Id == FindingIds.CertSelfSigned);
        Verdict(analysis, ClientId.Firefox).ErrorCode.ShouldBe("MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT");
        Verdict(analysis, ClientId.OpenSsl).ErrorCode.ShouldBe("X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT (18)");
    }

    [Fact]
    public void Analyze_CnOnlyLeaf_BrowsersAndGoFailOpenSslAndJavaAccept()
    {
        var chain = Chain(leaf: s => s with { Subject = "CN=" + Host, DnsNames = [] });

        var analysis = Analyze(chain, chain.Served);

        analysis.Findings.ShouldContain(f => f.Id == FindingIds.HostCnOnly);
        Verdict(analysis, ClientId.Chrome).ErrorCode.ShouldBe("NET::ERR_CERT_COMMON_NAME_INVALID");
        Verdict(analysis, ClientId.Go).Message.ShouldBe("x509: certificate relies on legacy Common Name field, use SANs instead");
        Verdict(analysis, ClientId.OpenSsl).Accepted.ShouldBeTrue();
        Verdict(analysis, ClientId.Java).Accepted.ShouldBeTrue();
    }

    [Fact]
    public void Analyze_ClientAuthOnlyLeaf_EkuMissingChromeInvalidNotBypassable()
    {
        var chain = Chain(leaf: s => s with { ExtendedKeyUsages = ["1.3.6.1.5.5.7.3.2"] });

        var analysis = Analyze(chain, chain.Served);

        analysis.Findings.ShouldContain(f => f.Id == FindingIds.CertEkuMissing && f.Severity == Severity.Critical);
        var chrome = Verdict(analysis, ClientId.Chrome);
        chrome.ErrorCode.ShouldBe("NET::ERR_CERT_INVALID");
        chrome.Bypassable.ShouldBeFalse();
    }

    [Fact]
    public void Analyze_Sha1Leaf_WeakSignature()
    {
        var chain = Chain(leaf: s => s with { SignatureHash = HashAlgorithmName.SHA1 });

        var analysis = Analyze(chain, chain.Served);

        analysis.Findings.ShouldContain(f => f.Id == FindingIds.CertWeakSignature);
        Verdict(analysis, ClientId.Chrome).ErrorCode.ShouldBe("NET::ERR_CERT_WEAK_SIGNATURE_ALGORITHM");
        Verdict(analysis, ClientId.Firefox).ErrorCode.ShouldBe("SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED");
    }

    [Fact]
    public void Analyze_IntermediateNotACa_ChainInvalid()
    {
        var chain = Chain(intermediate: s => s with { BasicConstraints = BasicConstraintsSpec.EndEntity });

        var analysis = Analyze(chain, chain.Served);

        analysis.Findings.ShouldContain(f => f.Id == FindingIds.ChainInvalid);
        Verdict(analysis, ClientId.Firefox).ErrorCode.ShouldBe("SEC_ERROR_CA_CERT_INVALID");
        Verdict(analysis, ClientId.Chrome).ErrorCode.ShouldBe("NET::ERR_CERT_INVALID");
    }

    [Fact]
    public void Analyze_HstsHost_BrowserErrorsNotBypassable()
    {
        var chain = Chain(leaf: s => s with { NotBefore = Now.AddDays(-90), NotAfter = Now.AddDays(-1) });

        var analysis = Analyze(chain, chain.Served, hsts: true);

        analysis.Verdicts.Where(v => !v.Accepted).ShouldAllBe(v => !v.Bypassable);
        Verdict(analysis, ClientId.Chrome).Reason!.ShouldContain("HSTS host: no click-through (RFC 6797 §12.1)");
    }

    [Fact]
    public void Find_TwoAddressesServeDifferentCertificatesWithOneSerial_Reuse()
    {
        var chain = Chain();
        byte[] serial = [0x01];
        var a = (TestPki.LeafSpec(Host, chain.Intermediate, Now, LeafKey.Value) with { SerialNumber = serial }).Issue();
        var b = (TestPki.LeafSpec(Host, chain.Intermediate, Now.AddDays(1), LeafKey.Value) with { SerialNumber = serial }).Issue();

        ReusedIssuerSerialDetector.Find([("127.0.0.2", a.Info), ("127.0.0.3", a.Info)]).ShouldBeEmpty();
        ReusedIssuerSerialDetector.Find([("127.0.0.2", a.Info), ("127.0.0.3", b.Info)]).ShouldHaveSingleItem().Id.ShouldBe(FindingIds.ChainReusedIssuerSerial);
    }

    private static TestChain Chain(
        Func<CertificateSpec, CertificateSpec>? intermediate = null, Func<CertificateSpec, CertificateSpec>? leaf = null) =>
        TestPki.CreateChain(Host, Now,
            root: s => s with { Key = RootKey.Value },
            intermediate: s => (intermediate ?? (x => x))(s with { Key = IntermediateKey.Value }),
            leaf: s => (leaf ?? (x => x))(s with { Key = LeafKey.Value }));

    private static ChainAnalysis Analyze(TestChain chain, IReadOnlyList<IssuedCertificate> served, string name = Host, bool trusted = true, bool hsts = false) =>
        ChainAnalyzer.Analyze(Input(served.Select(c => c.Info).ToList(), new TrustStore("system: test", trusted ? [chain.Root.Info] : []), name, hsts));

    private static ChainAnalysisInput Input(IReadOnlyList<CertificateInfo> served, TrustStore store, string name, bool hsts = false) =>
        new(served, [], store, Now, name, ExpiryPolicy.Default, hsts, "127.0.0.2");

    private static ClientVerdict Verdict(ChainAnalysis analysis, ClientId client) => analysis.Verdicts.Single(v => v.Client == client);
}
