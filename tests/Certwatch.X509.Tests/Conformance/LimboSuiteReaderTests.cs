using Certwatch.X509.Conformance;
using Shouldly;
using Xunit;

namespace Certwatch.X509.Tests.Conformance;

public sealed class LimboSuiteReaderTests
{
    [Theory]
    [InlineData("", "invalid JSON")]
    [InlineData("not json", "invalid JSON")]
    [InlineData("[1,2]", "\"testcases\" array")]
    [InlineData("{\"version\":1}", "\"testcases\" array")]
    [InlineData("{\"testcases\":[42]}", "testcases[0] is not an object")]
    [InlineData("{\"testcases\":[{\"id\":\"x\"}]}", "testcases[0] has no string \"peer_certificate\"")]
    [InlineData("{\"testcases\":[{\"id\":\"x\",\"peer_certificate\":\"p\",\"expected_result\":\"MAYBE\"}]}", "SUCCESS or FAILURE")]
    [InlineData("{\"testcases\":[{\"id\":\"x\",\"peer_certificate\":\"p\",\"expected_result\":\"SUCCESS\",\"validation_time\":\"soon\"}]}", "not a limbo suite")]
    public void TryRead_WrongInput_FailsWithOneLineReason(string json, string expected)
    {
        LimboSuiteReader.TryRead(json, out var cases, out var error).ShouldBeFalse();

        cases.ShouldBeEmpty();
        error.ShouldNotBeNull().ShouldContain(expected);
        error.ShouldNotContain("\n");
    }

    [Fact]
    public void TryRead_CaseWithEveryField_ReadsThem()
    {
        const string json = """
            {"version":1,"testcases":[{"id":"a::b","validation_kind":"CLIENT","trusted_certs":["T"],"untrusted_intermediates":["I1","I2"],
            "peer_certificate":"P","validation_time":"2023-07-10T00:00:00Z","signature_algorithms":null,"key_usage":["digitalSignature"],
            "extended_key_usage":["clientAuth"],"expected_result":"FAILURE","expected_peer_name":{"kind":"IP","value":"::1"},
            "expected_peer_names":[{"kind":"DNS","value":"x.test"}],"max_chain_depth":2}]}
            """;

        LimboSuiteReader.TryRead(json, out var cases, out _).ShouldBeTrue();

        var c = cases.ShouldHaveSingleItem();
        c.Id.ShouldBe("a::b");
        c.ValidationKind.ShouldBe("CLIENT");
        c.TrustedCerts.ShouldBe(["T"]);
        c.UntrustedIntermediates.ShouldBe(["I1", "I2"]);
        c.ValidationTime.ShouldBe(new DateTimeOffset(2023, 7, 10, 0, 0, 0, TimeSpan.Zero));
        c.SignatureAlgorithms.ShouldBeNull();
        c.KeyUsage.ShouldBe(["digitalSignature"]);
        c.ExtendedKeyUsage.ShouldBe(["clientAuth"]);
        c.ExpectedResult.ShouldBe(LimboOutcome.Failure);
        c.ExpectedPeerNames.ShouldBe([new LimboPeerName("IP", "::1"), new LimboPeerName("DNS", "x.test")]);
        c.MaxChainDepth.ShouldBe(2);
    }
}
