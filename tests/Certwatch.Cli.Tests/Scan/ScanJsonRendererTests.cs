using System.Text.Json;
using Certwatch.Cli.Rendering;
using Certwatch.Cli.Reporting;
using Certwatch.Cli.Tests.Fixtures;
using Certwatch.Scanning.Scan;

namespace Certwatch.Cli.Tests.Scan;

public sealed class ScanJsonRendererTests
{
    private static JsonElement Render(params ScanTargetResult[] results)
    {
        var output = new StringWriter();
        new ScanJsonRenderer("9.9.9").Render(ScanSamples.Run(results), output);
        return JsonDocument.Parse(output.ToString()).RootElement;
    }

    private static JsonElement Probes(JsonElement document) => document.GetProperty("targets")[0].GetProperty("addresses")[0].GetProperty("probes");

    [Fact]
    public void Render_Run_HasVersionedScanEnvelope()
    {
        var json = Render(ScanSamples.Weak(), ScanSamples.Strong());

        json.GetProperty("schemaVersion").GetString().ShouldBe("1.1");
        json.GetProperty("kind").GetString().ShouldBe("scan");
        json.GetProperty("tool").GetProperty("version").GetString().ShouldBe("9.9.9");
        json.GetProperty("status").GetString().ShouldBe("warning");
        json.GetProperty("exitCode").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void Render_APlusGrade_IsWrittenLiterallyForGrep()
    {
        var output = new StringWriter();
        new ScanJsonRenderer("9.9.9").Render(ScanSamples.Run(ScanSamples.Strong()), output);

        output.ToString().ShouldContain("\"grade\": \"A+\"");
    }

    [Fact]
    public void Render_Target_CarriesLowestGradeAndFindings()
    {
        var target = Render(ScanSamples.Weak()).GetProperty("targets")[0];

        target.GetProperty("grade").GetString().ShouldBe("C");
        target.GetProperty("findings")[0].GetProperty("id").GetString().ShouldBe("tls.sweet32");
    }

    [Fact]
    public void Render_Suites_CarryRegistryPropertiesAndKeyExchange()
    {
        var tls12 = Probes(Render(ScanSamples.Weak())).GetProperty("ciphers").GetProperty("value")[0];
        var dhe = tls12.GetProperty("suites")[1];

        tls12.GetProperty("version").GetString().ShouldBe("TLSv1.2");
        tls12.GetProperty("serverOrder").GetBoolean().ShouldBeTrue();
        dhe.GetProperty("code").GetString().ShouldBe("0x0033");
        dhe.GetProperty("openSslName").GetString().ShouldBe("DHE-RSA-AES128-SHA");
        dhe.GetProperty("keyExchange").GetString().ShouldBe("dhe");
        dhe.GetProperty("dhBits").GetInt32().ShouldBe(1024);
        dhe.GetProperty("aead").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void Render_ProbeError_HasStatusReasonAndNullValue()
    {
        var ccs = Probes(Render(ScanSamples.Weak())).GetProperty("ccsInjection");

        ccs.GetProperty("status").GetString().ShouldBe("error");
        ccs.GetProperty("reason").GetString().ShouldBe("connection reset by peer");
        ccs.GetProperty("elapsedMs").GetDouble().ShouldBe(120);
        ccs.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Render_Robot_VerdictSuiteAndEveryAnswerOfBothRounds()
    {
        var robot = Probes(Render(ScanSamples.Weak())).GetProperty("robot").GetProperty("value");

        robot.GetProperty("verdict").GetString().ShouldBe("strongOracle");
        robot.GetProperty("vulnerable").GetBoolean().ShouldBeTrue();
        robot.GetProperty("suite").GetString().ShouldBe("TLS_RSA_WITH_3DES_EDE_CBC_SHA");
        var wrongFirstBytes = robot.GetProperty("secondRound")[1];
        wrongFirstBytes.GetProperty("variant").GetString().ShouldBe("wrongFirstBytes");
        wrongFirstBytes.GetProperty("reaction").GetString().ShouldBe("alert");
        wrongFirstBytes.GetProperty("alertLevel").GetInt32().ShouldBe(2);
        wrongFirstBytes.GetProperty("alertDescription").GetInt32().ShouldBe(51);
        wrongFirstBytes.GetProperty("answer").GetString().ShouldBe("fatal decrypt_error(51) alert");
        robot.GetProperty("firstRound").GetArrayLength().ShouldBe(5);
    }

    [Fact]
    public void Render_RobotWithoutRsaKeyExchange_SkippedWithTheReason()
    {
        var robot = Probes(Render(ScanSamples.Strong())).GetProperty("robot");

        robot.GetProperty("status").GetString().ShouldBe("skipped");
        robot.GetProperty("reason").GetString().ShouldBe("no RSA key exchange");
        robot.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Render_BooleanProbe_WritesTheBooleanAsValue()
    {
        var probes = Probes(Render(ScanSamples.Weak()));

        probes.GetProperty("extendedMasterSecret").GetProperty("value").GetBoolean().ShouldBeTrue();
        probes.GetProperty("compression").GetProperty("value").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void Render_Address_HasGradeCapsClientsMozillaAndCertificate()
    {
        var address = Render(ScanSamples.Weak()).GetProperty("targets")[0].GetProperty("addresses")[0];

        address.GetProperty("grade").GetProperty("caps")[1].GetProperty("cap").GetString().ShouldBe("B");
        address.GetProperty("clients")[1].GetProperty("failure").GetString().ShouldBe("no common cipher suite");
        address.GetProperty("mozilla")[0].GetProperty("deviations").GetArrayLength().ShouldBe(3);
        address.GetProperty("certificate").GetProperty("handshake").GetProperty("outcome").GetString().ShouldBe("completed");
    }

    [Fact]
    public void Render_StapledOcsp_IsBase64Der()
    {
        var ocsp = Probes(Render(ScanSamples.Strong())).GetProperty("ocspStapling").GetProperty("value");

        Convert.FromBase64String(ocsp.GetProperty("response").GetString()!).ShouldBe(new byte[] { 0x30, 0x03, 0x0A, 0x01, 0x00 });
        ocsp.GetProperty("protocol").GetString().ShouldBe("TLSv1.3");
    }

    [Fact]
    public void Render_RevokedStaple_CarriesStatusWindowAndRevocation()
    {
        var ocsp = Probes(Render(ScanSamples.Stapled(OcspStapleStatus.Revoked))).GetProperty("ocspStapling").GetProperty("value");

        ocsp.GetProperty("status").GetString().ShouldBe("revoked");
        ocsp.GetProperty("responseStatus").GetString().ShouldBe("successful");
        ocsp.GetProperty("revocationReason").GetString().ShouldBe("keyCompromise");
        ocsp.GetProperty("revokedAt").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero));
        ocsp.GetProperty("thisUpdate").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 11, 20, 7, 59, 0, TimeSpan.Zero));
        ocsp.GetProperty("nextUpdate").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 12, 10, 8, 0, 0, TimeSpan.Zero));
        ocsp.GetProperty("signedBy").GetString().ShouldBe("the issuer 'Lab Intermediate'");
    }

    [Fact]
    public void Render_MalformedStaple_StatusMalformedAndNullWindow()
    {
        var ocsp = Probes(Render(ScanSamples.Stapled(OcspStapleStatus.Malformed))).GetProperty("ocspStapling").GetProperty("value");

        ocsp.GetProperty("status").GetString().ShouldBe("malformed");
        ocsp.GetProperty("responseStatus").ValueKind.ShouldBe(JsonValueKind.Null);
        ocsp.GetProperty("nextUpdate").ValueKind.ShouldBe(JsonValueKind.Null);
        ocsp.GetProperty("detail").GetString()!.ShouldStartWith("not a valid OCSP response");
    }

    [Fact]
    public void Render_NotStapled_StatusNull()
    {
        var ocsp = Probes(Render(ScanSamples.Weak())).GetProperty("ocspStapling").GetProperty("value");

        ocsp.GetProperty("stapled").GetBoolean().ShouldBeFalse();
        ocsp.GetProperty("status").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Render_Unreachable_TargetGradeNullAddressGradeQuestionMark()
    {
        var target = Render(ScanSamples.Unreachable()).GetProperty("targets")[0];

        target.GetProperty("grade").ValueKind.ShouldBe(JsonValueKind.Null);
        target.GetProperty("status").GetString().ShouldBe("unknown");
        target.GetProperty("addresses")[0].GetProperty("grade").GetProperty("grade").GetString().ShouldBe("?");
        target.GetProperty("addresses")[0].GetProperty("probes").GetProperty("protocols").GetProperty("status").GetString().ShouldBe("error");
    }

    public static TheoryData<string> Runs => ["weak", "strong", "invalid", "unreachable", "revoked-staple", "malformed-staple", "mixed"];

    [Theory]
    [MemberData(nameof(Runs))]
    public void Render_AnyRun_ConformsToPublishedSchemaWithNoUndocumentedProperty(string name)
    {
        ScanTargetResult[] results = name switch
        {
            "weak" => [ScanSamples.Weak()],
            "strong" => [ScanSamples.Strong()],
            "invalid" => [ScanSamples.Invalid()],
            "unreachable" => [ScanSamples.Unreachable()],
            "revoked-staple" => [ScanSamples.Stapled(OcspStapleStatus.Revoked)],
            "malformed-staple" => [ScanSamples.Stapled(OcspStapleStatus.Malformed)],
            _ => [ScanSamples.Weak(), ScanSamples.Invalid(), ScanSamples.Strong()],
        };

        ScanSchema.Load().Check(Render(results)).ShouldBeEmpty();
    }
}
