using Certwatch.Core.Findings;
using Certwatch.TestKit.Pki;
using Certwatch.X509.Analysis;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;
using Certwatch.X509.Revocation;
using Certwatch.X509.Trust;
using Certwatch.X509.Verdicts;
using Shouldly;
using Xunit;

namespace Certwatch.X509.Tests.Verdicts;

public class ClientPathVerifierTests
{
    private const string Host = "shop.lab.test";
    private const string AiaUrl = "http://127.0.0.1:9/int.der";
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly TestChain Chain = TestPki.CreateChain(Host, Now,
        intermediate: s => s with { Subject = "CN=Lab Issuing CA" },
        leaf: s => s with { CaIssuersUrls = [AiaUrl] });

    private static readonly TestChain CnOnly = TestPki.CreateChain(Host, Now, leaf: s => s with { DnsNames = [] });

    [Fact]
    public void Predict_IncompleteChainWithAiaDownload_ChromeAndSafariOkOthersFail()
    {
        var download = new AiaFetchResult(AiaUrl, Host, [Chain.Intermediate.Info], null);
        var verdicts = Predict([Chain.Leaf.Info], Chain, Evidence(fetches: [download]));

        verdicts[ClientId.Chrome].Accepted.ShouldBeTrue();
        verdicts[ClientId.Chrome].Summary.ShouldBe($"completed the chain via AIA from {AiaUrl}");
        verdicts[ClientId.Safari].Accepted.ShouldBeTrue();
        verdicts[ClientId.Firefox].ErrorCode.ShouldBe("SEC_ERROR_UNKNOWN_ISSUER");
        verdicts[ClientId.Firefox].Summary.ShouldBe("intermediate 'Lab Issuing CA' not sent");
        verdicts[ClientId.OpenSsl].Message.ShouldBe("curl: (60) SSL certificate problem: unable to get local issuer certificate");
        verdicts[ClientId.Go].Accepted.ShouldBeFalse();
        verdicts[ClientId.Java].Accepted.ShouldBeFalse();
    }

    [Fact]
    public void Predict_IncompleteChainAiaFetchFailed_ChromeFailsWithTheFetchError()
    {
        var failed = AiaFetchResult.Failed(AiaUrl, Host, "timed out after 5s");
        var verdicts = Predict([Chain.Leaf.Info], Chain, Evidence(fetches: [failed]));

        verdicts[ClientId.Chrome].ErrorCode.ShouldBe("NET::ERR_CERT_AUTHORITY_INVALID");
        verdicts[ClientId.Chrome].Reason.ShouldNotBeNull().ShouldContain($"AIA fetch of {AiaUrl} failed: timed out after 5s");
    }

    [Fact]
    public void Predict_IncompleteChainNetworkOff_ChromeOkByAssumption()
    {
        var verdicts = Predict([Chain.Leaf.Info], Chain, ClientEvidence.None);

        verdicts[ClientId.Chrome].Accepted.ShouldBeTrue();
        verdicts[ClientId.Chrome].Reason.ShouldNotBeNull().ShouldContain("assumed: network fetching is off");
    }

    [Fact]
    public void Predict_IntermediatePreloaded_FirefoxOkCurlStillFails()
    {
        var verdicts = Predict([Chain.Leaf.Info], Chain, Evidence(preloaded: [Chain.Intermediate.Info]));

        verdicts[ClientId.Firefox].Accepted.ShouldBeTrue();
        verdicts[ClientId.Firefox].Summary.ShouldBe("completed the chain with the preloaded intermediate 'Lab Issuing CA'");
        verdicts[ClientId.OpenSsl].Accepted.ShouldBeFalse();
    }

    [Fact]
    public void Predict_CommonNameOnly_CurlAndJavaOkChromeAndGoFail()
    {
        var verdicts = Predict([CnOnly.Leaf.Info, CnOnly.Intermediate.Info], CnOnly, ClientEvidence.None);

        verdicts[ClientId.OpenSsl].Accepted.ShouldBeTrue();
        verdicts[ClientId.Java].Accepted.ShouldBeTrue();
        verdicts[ClientId.Chrome].ErrorCode.ShouldBe("NET::ERR_CERT_COMMON_NAME_INVALID");
        verdicts[ClientId.Go].Message.ShouldContain("legacy Common Name");
    }

    [Theory]
    [InlineData(true, ClientId.Firefox, false, "SEC_ERROR_REVOKED_CERTIFICATE")]
    [InlineData(true, ClientId.Safari, false, "NSURLErrorServerCertificateUntrusted (-1202)")]
    [InlineData(true, ClientId.Chrome, true, null)]
    [InlineData(true, ClientId.OpenSsl, true, null)]
    [InlineData(true, ClientId.Go, true, null)]
    [InlineData(false, ClientId.Firefox, true, null)]
    public void Predict_RevokedLeaf_OnlyClientsWhoseSourceKnowsFail(bool publicRoots, ClientId client, bool accepted, string? code)
    {
        var revoked = new RevocationCheck(Host, Chain.Leaf.Info.SerialNumber, 0, RevocationSource.Crl, "http://127.0.0.1:9/ca.crl",
            RevocationStatus.Revoked, Now.AddDays(-2), "keyCompromise", "CRL");
        var verdict = Predict([Chain.Leaf.Info, Chain.Intermediate.Info], Chain, Evidence(revocation: [revoked]), publicRoots)[client];

        verdict.Accepted.ShouldBe(accepted);
        verdict.ErrorCode.ShouldBe(code);
        verdict.Reason.ShouldNotBeNull().ShouldContain("was revoked on");
        verdict.Reason.ShouldContain("(keyCompromise)");
    }

    [Fact]
    public void Predict_RevokedIntermediateOfPublicRoot_ChromeShowsRevokedNotBypassable()
    {
        var revoked = new RevocationCheck("Lab Issuing CA", Chain.Intermediate.Info.SerialNumber, 1, RevocationSource.Ocsp, "http://127.0.0.1:9/ocsp",
            RevocationStatus.Revoked, Now.AddDays(-2), null, "OCSP");
        var verdict = Predict([Chain.Leaf.Info, Chain.Intermediate.Info], Chain, Evidence(revocation: [revoked]), publicRoots: true)[ClientId.Chrome];

        verdict.ErrorCode.ShouldBe("NET::ERR_CERT_REVOKED");
        verdict.Bypassable.ShouldBeFalse();
    }

    [Fact]
    public void Verification_EachClient_MatchesClientErrorsReference()
    {
        var byId = ClientVerdictEngine.Profiles.ToDictionary(p => p.Id, p => p.Verification);

        byId.Where(p => p.Value.FetchesAia).Select(p => p.Key).ShouldBe([ClientId.Chrome, ClientId.Safari], ignoreOrder: true);
        byId.Where(p => p.Value.UsesPreloadedIntermediates).Select(p => p.Key).ShouldBe([ClientId.Firefox]);
        byId.Where(p => !p.Value.RequireSan).Select(p => p.Key).ShouldBe([ClientId.OpenSsl, ClientId.Java], ignoreOrder: true);
        byId[ClientId.Chrome].MinimumRsaBits.ShouldBe(1024);
        byId[ClientId.Safari].MinimumRsaBits.ShouldBe(2048);
    }

    private static ClientEvidence Evidence(
        IReadOnlyList<AiaFetchResult>? fetches = null, IReadOnlyList<CertificateInfo>? preloaded = null, IReadOnlyList<RevocationCheck>? revocation = null) =>
        new(fetches is not null, fetches ?? [], preloaded ?? [], revocation ?? [], false);

    private static Dictionary<ClientId, ClientVerdict> Predict(IReadOnlyList<CertificateInfo> served, TestChain chain, ClientEvidence evidence, bool publicRoots = false)
    {
        var input = new ChainAnalysisInput(served, [], new TrustStore("test", [chain.Root.Info]), Now, Host, ExpiryPolicy.Default, false, null)
        {
            Evidence = evidence,
            AnchorsArePublic = publicRoots,
        };
        return ClientVerdictEngine.Predict(input).ToDictionary(v => v.Client);
    }
}
