using Certwatch.X509.Analysis;
using Certwatch.X509.Names;
using Certwatch.X509.Tests.Analysis;
using Certwatch.X509.Verdicts;
using Shouldly;
using Xunit;
using static Certwatch.X509.Tests.Analysis.HandMadeChain;

namespace Certwatch.X509.Tests.Verdicts;

public class ClientVerdictEngineTests
{
    // Expected codes from ../shared/reference/client-errors.md §0 and §1 ("" = the client accepts).
    [Theory]
    [InlineData("leaf-expired", "NET::ERR_CERT_DATE_INVALID", "SEC_ERROR_EXPIRED_CERTIFICATE", "NSURLErrorServerCertificateHasBadDate (-1201)", "X509_V_ERR_CERT_HAS_EXPIRED (10)", "x509.CertificateInvalidError", "CertPathValidatorException")]
    [InlineData("leaf-not-yet-valid", "NET::ERR_CERT_DATE_INVALID", "MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE", "NSURLErrorServerCertificateNotYetValid (-1204)", "X509_V_ERR_CERT_NOT_YET_VALID (9)", "x509.CertificateInvalidError", "CertPathValidatorException")]
    [InlineData("intermediate-expired", "NET::ERR_CERT_DATE_INVALID", "SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE", "NSURLErrorServerCertificateHasBadDate (-1201)", "X509_V_ERR_CERT_HAS_EXPIRED (10)", "x509.CertificateInvalidError", "CertPathValidatorException")]
    [InlineData("missing-intermediate", "NET::ERR_CERT_AUTHORITY_INVALID", "SEC_ERROR_UNKNOWN_ISSUER", "NSURLErrorServerCertificateUntrusted (-1202)", "X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY (20)", "x509.UnknownAuthorityError", "SunCertPathBuilderException")]
    [InlineData("missing-intermediate-aia", "", "SEC_ERROR_UNKNOWN_ISSUER", "", "X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY (20)", "x509.UnknownAuthorityError", "SunCertPathBuilderException")]
    [InlineData("untrusted-root", "NET::ERR_CERT_AUTHORITY_INVALID", "SEC_ERROR_UNKNOWN_ISSUER", "NSURLErrorServerCertificateHasUnknownRoot (-1203)", "X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN (19)", "x509.UnknownAuthorityError", "SunCertPathBuilderException")]
    [InlineData("self-signed", "NET::ERR_CERT_AUTHORITY_INVALID", "MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT", "NSURLErrorServerCertificateHasUnknownRoot (-1203)", "X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT (18)", "x509.UnknownAuthorityError", "SunCertPathBuilderException")]
    [InlineData("name-mismatch", "NET::ERR_CERT_COMMON_NAME_INVALID", "SSL_ERROR_BAD_CERT_DOMAIN", "NSURLErrorServerCertificateUntrusted (-1202)", "X509_V_ERR_HOSTNAME_MISMATCH (62)", "x509.HostnameError", "CertificateException")]
    [InlineData("cn-only", "NET::ERR_CERT_COMMON_NAME_INVALID", "SSL_ERROR_BAD_CERT_DOMAIN", "NSURLErrorServerCertificateUntrusted (-1202)", "", "x509.HostnameError", "")]
    [InlineData("sha1", "NET::ERR_CERT_WEAK_SIGNATURE_ALGORITHM", "SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED", "NSURLErrorServerCertificateUntrusted (-1202)", "X509_V_ERR_CA_MD_TOO_WEAK (68)", "x509.UnknownAuthorityError", "CertPathValidatorException")]
    [InlineData("rsa-1024", "", "MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE", "NSURLErrorServerCertificateUntrusted (-1202)", "X509_V_ERR_EE_KEY_TOO_SMALL (66)", "", "")]
    [InlineData("rsa-512", "NET::ERR_CERT_WEAK_KEY", "MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE", "NSURLErrorServerCertificateUntrusted (-1202)", "X509_V_ERR_EE_KEY_TOO_SMALL (66)", "crypto/rsa", "CertPathValidatorException")]
    [InlineData("eku-missing", "NET::ERR_CERT_INVALID", "SEC_ERROR_INADEQUATE_CERT_TYPE", "NSURLErrorServerCertificateUntrusted (-1202)", "X509_V_ERR_INVALID_PURPOSE (26)", "x509.CertificateInvalidError", "ValidatorException")]
    [InlineData("not-a-ca", "NET::ERR_CERT_INVALID", "SEC_ERROR_CA_CERT_INVALID", "NSURLErrorServerCertificateUntrusted (-1202)", "X509_V_ERR_INVALID_CA (79)", "x509.CertificateInvalidError", "CertPathValidatorException")]
    [InlineData("path-len", "NET::ERR_CERT_INVALID", "SEC_ERROR_PATH_LEN_CONSTRAINT_INVALID", "NSURLErrorServerCertificateUntrusted (-1202)", "X509_V_ERR_PATH_LENGTH_EXCEEDED (25)", "x509.CertificateInvalidError", "CertPathValidatorException")]
    [InlineData("unknown-critical", "NET::ERR_CERT_INVALID", "SEC_ERROR_UNKNOWN_CRITICAL_EXTENSION", "NSURLErrorServerCertificateUntrusted (-1202)", "X509_V_ERR_UNHANDLED_CRITICAL_EXTENSION (34)", "x509.UnhandledCriticalExtension", "CertPathValidatorException")]
    [InlineData("name-constraint", "NET::ERR_CERT_INVALID", "SEC_ERROR_CERT_NOT_IN_NAME_SPACE", "NSURLErrorServerCertificateUntrusted (-1202)", "X509_V_ERR_PERMITTED_VIOLATION (47)", "x509.CertificateInvalidError", "CertPathValidatorException")]
    [InlineData("bad-signature", "NET::ERR_CERT_AUTHORITY_INVALID", "SEC_ERROR_BAD_SIGNATURE", "NSURLErrorServerCertificateUntrusted (-1202)", "X509_V_ERR_CERT_SIGNATURE_FAILURE (7)", "x509.UnknownAuthorityError", "SunCertPathBuilderException")]
    [InlineData("validity-too-long", "NET::ERR_CERT_VALIDITY_TOO_LONG", "", "NSURLErrorServerCertificateUntrusted (-1202)", "", "", "")]
    [InlineData("reused-serial", "", "SEC_ERROR_REUSED_ISSUER_AND_SERIAL", "", "", "", "")]
    [InlineData("ok", "", "", "", "", "", "")]
    public void Predict_Condition_EachClientShowsItsCode(string condition, string chrome, string firefox, string safari, string openSsl, string go, string java)
    {
        var verdicts = Analyze(ChainConditions.Build(condition)).Verdicts;

        var expected = new Dictionary<ClientId, string>
        {
            [ClientId.Chrome] = chrome, [ClientId.Firefox] = firefox, [ClientId.Safari] = safari,
            [ClientId.OpenSsl] = openSsl, [ClientId.Go] = go, [ClientId.Java] = java,
        };
        verdicts.Select(v => v.Client).ShouldBe(expected.Keys, ignoreOrder: true);
        foreach (var verdict in verdicts)
        {
            (verdict.ErrorCode ?? "").ShouldBe(expected[verdict.Client], $"{verdict.Client}: {verdict.Reason}");
            verdict.Accepted.ShouldBe(expected[verdict.Client].Length == 0);
        }
    }

    [Fact]
    public void Predict_NameInExcludedSubtree_OpenSslSays48AndFirefoxCannotBeBypassed()
    {
        IReadOnlyList<Certwatch.X509.Model.CertificateInfo> path = [Leaf(), Intermediate(), Root()];
        var problem = Problem(Certwatch.X509.Chain.ProblemKind.NameConstraintViolation, path[0], 0) with
        {
            Message = "leaf 'www.example.com' has subjectAltName dNSName \"www.example.com\", inside the excluded subtree dNSName \"example.com\"",
        };
        var analysis = Analyze(MakeChain([path[0], path[1]], path, endsAtAnchor: true, [problem]));

        Verdict(analysis, ClientId.OpenSsl).ErrorCode.ShouldBe("X509_V_ERR_EXCLUDED_VIOLATION (48)");
        Verdict(analysis, ClientId.Go).Message.ShouldContain("not authorized to sign for this name");
        Verdict(analysis, ClientId.Firefox).Bypassable.ShouldBeFalse();
        Verdict(analysis, ClientId.Chrome).Bypassable.ShouldBeFalse();
    }

    [Fact]
    public void Predict_ChainIsFine_EveryClientSaysOk()
    {
        var verdicts = Analyze(ChainConditions.Build("ok")).Verdicts;

        verdicts.ShouldAllBe(v => v.Accepted && v.Message == "OK" && v.ErrorCode == null);
    }

    [Fact]
    public void Predict_UntrustedExpiredAndMismatched_ChromeShowsAuthorityInvalid()
    {
        var leaf = Leaf() with { NotBefore = Now.AddDays(-100), NotAfter = Now.AddDays(-1) };
        var chain = MakeChain([leaf, Intermediate(), Root()], [leaf, Intermediate(), Root()], endsAtAnchor: false,
            name: new NameMatch("b.example.com", false, false, leaf.DnsNames));

        var chrome = Verdict(Analyze(chain, name: "b.example.com"), ClientId.Chrome);

        chrome.ErrorCode.ShouldBe("NET::ERR_CERT_AUTHORITY_INVALID");
        chrome.Message.ShouldBe("Your connection is not private (NET::ERR_CERT_AUTHORITY_INVALID)");
        chrome.Bypassable.ShouldBeTrue();
    }

    [Fact]
    public void Predict_ExpiredAndMismatched_FirefoxReportsTheDomainFirst()
    {
        var leaf = Leaf() with { NotBefore = Now.AddDays(-100), NotAfter = Now.AddDays(-1) };
        var chain = ChainConditions.WithName(ChainConditions.Anchored(leaf, Intermediate(), Root()),
            new NameMatch("b.example.com", false, false, leaf.DnsNames));

        var analysis = Analyze(chain, name: "b.example.com");

        Verdict(analysis, ClientId.Firefox).ErrorCode.ShouldBe("SSL_ERROR_BAD_CERT_DOMAIN");
        Verdict(analysis, ClientId.Chrome).ErrorCode.ShouldBe("NET::ERR_CERT_COMMON_NAME_INVALID");
        Verdict(analysis, ClientId.Go).ErrorCode.ShouldBe("x509.CertificateInvalidError");
    }

    [Fact]
    public void Predict_UntrustedAndExpired_FirefoxReportsTheChainBeforeTheLeafDate()
    {
        var leaf = Leaf() with { NotBefore = Now.AddDays(-100), NotAfter = Now.AddDays(-1) };
        var chain = MakeChain([leaf, Intermediate(), Root()], [leaf, Intermediate(), Root()], endsAtAnchor: false);

        Verdict(Analyze(chain), ClientId.Firefox).ErrorCode.ShouldBe("SEC_ERROR_UNKNOWN_ISSUER");
    }

    [Theory]
    [InlineData("leaf-expired")]
    [InlineData("missing-intermediate")]
    [InlineData("name-mismatch")]
    [InlineData("rsa-1024")]
    public void Predict_HstsHost_NoBrowserErrorIsBypassable(string condition)
    {
        var withoutHsts = Analyze(ChainConditions.Build(condition)).Verdicts;
        var withHsts = Analyze(ChainConditions.Build(condition), hsts: true).Verdicts;

        withoutHsts.Where(v => !v.Accepted && v.Client is ClientId.Chrome or ClientId.Firefox or ClientId.Safari).ShouldAllBe(v => v.Bypassable);
        var failing = withHsts.Where(v => !v.Accepted).ToList();
        failing.ShouldNotBeEmpty();
        failing.ShouldAllBe(v => !v.Bypassable);
        failing.Where(v => v.Client is ClientId.Chrome or ClientId.Firefox or ClientId.Safari)
            .ShouldAllBe(v => v.Reason!.Contains("HSTS host: no click-through (RFC 6797 §12.1)"));
    }

    [Fact]
    public void Predict_ExpiredIntermediateAndMismatch_CurlReportsTheChainBeforeTheName()
    {
        var chain = ChainConditions.WithName(ChainConditions.Build("intermediate-expired"), new NameMatch("b.example.com", false, false, Leaf().DnsNames));

        var analysis = Analyze(chain, name: "b.example.com");

        Verdict(analysis, ClientId.OpenSsl).ErrorCode.ShouldBe("X509_V_ERR_CERT_HAS_EXPIRED (10)");
        Verdict(analysis, ClientId.Firefox).ErrorCode.ShouldBe("SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE");
        Verdict(analysis, ClientId.Chrome).ErrorCode.ShouldBe("NET::ERR_CERT_COMMON_NAME_INVALID");
    }

    [Fact]
    public void Predict_HstsHost_FirefoxShowsThePageWithoutOverride()
    {
        var firefox = Verdict(Analyze(ChainConditions.Build("leaf-expired"), hsts: true), ClientId.Firefox);

        firefox.Message.ShouldBe("Did Not Connect: Potential Security Issue (Error code: SEC_ERROR_EXPIRED_CERTIFICATE)");
        firefox.Bypassable.ShouldBeFalse();
    }

    [Theory]
    [InlineData("eku-missing", ClientId.Chrome)]
    [InlineData("path-len", ClientId.Firefox)]
    [InlineData("reused-serial", ClientId.Firefox)]
    [InlineData("bad-signature", ClientId.Firefox)]
    public void Predict_FatalError_IsNotBypassableEvenWithoutHsts(string condition, ClientId client)
    {
        var verdict = Verdict(Analyze(ChainConditions.Build(condition)), client);

        verdict.Accepted.ShouldBeFalse();
        verdict.Bypassable.ShouldBeFalse();
    }

    [Fact]
    public void Predict_MissingIntermediateWithAia_ChromeAcceptsAndSaysItFetches()
    {
        var analysis = Analyze(ChainConditions.Build("missing-intermediate-aia"));

        var chrome = Verdict(analysis, ClientId.Chrome);
        chrome.Accepted.ShouldBeTrue();
        chrome.Reason!.ShouldContain("completes the chain via AIA (fetches http://ca.example/int.der)");
        chrome.Reason!.ShouldContain("assumed: network fetching is off for this run");
        Verdict(analysis, ClientId.Firefox).Reason!.ShouldContain("unless the intermediate is in Firefox's preloaded set");
    }

    [Fact]
    public void Predict_MissingIntermediate_OpenSslShowsTheCurlLineAndBothVerifyErrors()
    {
        var openSsl = Verdict(Analyze(ChainConditions.Build("missing-intermediate")), ClientId.OpenSsl);

        openSsl.Message.ShouldBe("curl: (60) SSL certificate problem: unable to get local issuer certificate");
        openSsl.Reason!.ShouldContain("verify error:num=20:unable to get local issuer certificate");
        openSsl.Reason!.ShouldContain("verify error:num=21:unable to verify the first certificate");
        openSsl.Bypassable.ShouldBeFalse();
    }

    [Fact]
    public void Predict_NameMismatch_MessagesNameTheHostAndTheCertificateNames()
    {
        var analysis = Analyze(ChainConditions.Build("name-mismatch"), name: "b.example.com");

        Verdict(analysis, ClientId.Go).Message.ShouldBe("x509: certificate is valid for example.com, www.example.com, not b.example.com");
        Verdict(analysis, ClientId.OpenSsl).Message.ShouldBe("curl: (60) SSL: no alternative certificate subject name matches target host name 'b.example.com'");
        Verdict(analysis, ClientId.Java).Message.ShouldEndWith("No subject alternative DNS name matching b.example.com found.");
    }

    [Fact]
    public void Predict_LeafExpired_GoMessageCarriesBothTimes()
    {
        var go = Verdict(Analyze(ChainConditions.Build("leaf-expired")), ClientId.Go);

        go.Message.ShouldBe("x509: certificate has expired or is not yet valid: current time 2026-06-01T12:00:00Z is after 2026-05-29T12:00:00Z");
    }

    [Fact]
    public void Predict_Rsa1024WithPrivateRoot_FirefoxAcceptsButOpenSslDoesNot()
    {
        var analysis = Analyze(ChainConditions.Build("rsa-1024"), publicRoots: false);

        var firefox = Verdict(analysis, ClientId.Firefox);
        firefox.Accepted.ShouldBeTrue();
        firefox.Reason!.ShouldContain("Accepted by Firefox although RSA key of 1024 bits");
        Verdict(analysis, ClientId.OpenSsl).ErrorCode.ShouldBe("X509_V_ERR_EE_KEY_TOO_SMALL (66)");
    }

    [Fact]
    public void Predict_ValidityTooLongWithPrivateRoot_ChromeAndSafariAccept()
    {
        var analysis = Analyze(ChainConditions.Build("validity-too-long"), publicRoots: false);

        Verdict(analysis, ClientId.Chrome).Accepted.ShouldBeTrue();
        Verdict(analysis, ClientId.Safari).Accepted.ShouldBeTrue();
    }

    [Fact]
    public void Predict_NoParsableCertificate_EveryClientFails()
    {
        var analysis = ChainAnalyzer.Analyze(Input([], unparsable: ["#0: truncated DER"]));

        analysis.Verdicts.ShouldAllBe(v => !v.Accepted);
        Verdict(analysis, ClientId.Firefox).ErrorCode.ShouldBe("SEC_ERROR_BAD_DER");
    }

    private static ClientVerdict Verdict(ChainAnalysis analysis, ClientId client) => analysis.Verdicts.Single(v => v.Client == client);
}
