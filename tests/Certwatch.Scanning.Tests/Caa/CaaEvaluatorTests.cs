using System.Text;
using Certwatch.Scanning.Caa;
using Certwatch.Scanning.Dns;

namespace Certwatch.Scanning.Tests.Caa;

public sealed class CaaEvaluatorTests
{
    private static readonly string[] LetsEncrypt = ["letsencrypt.org"];

    // Records as "flags tag value", owner example.com.
    [Theory]
    [InlineData("www.example.com", "0 issue letsencrypt.org", CaaVerdictKind.Authorized)]
    [InlineData("www.example.com", "0 issue digicert.com|0 issue letsencrypt.org", CaaVerdictKind.Authorized)]
    [InlineData("www.example.com", "0 issue digicert.com", CaaVerdictKind.NotAuthorized)]
    [InlineData("www.example.com", "0 issue ;", CaaVerdictKind.NotAuthorized)]
    [InlineData("www.example.com", "0 iodef mailto:security@example.com", CaaVerdictKind.Unrestricted)]
    [InlineData("www.example.com", "0 issuewild letsencrypt.org|0 issue digicert.com", CaaVerdictKind.NotAuthorized)]
    [InlineData("*.example.com", "0 issuewild letsencrypt.org|0 issue digicert.com", CaaVerdictKind.Authorized)]
    [InlineData("*.example.com", "0 issuewild digicert.com|0 issue letsencrypt.org", CaaVerdictKind.NotAuthorized)]
    [InlineData("*.example.com", "0 issue letsencrypt.org", CaaVerdictKind.Authorized)]
    [InlineData("www.example.com", "128 tbs unknown|0 issue letsencrypt.org", CaaVerdictKind.CriticalUnknownTag)]
    [InlineData("www.example.com", "0 tbs unknown|0 issue letsencrypt.org", CaaVerdictKind.Authorized)]
    [InlineData("www.example.com", "128 ISSUE letsencrypt.org", CaaVerdictKind.Authorized)]
    [InlineData("www.example.com", "0 issue lets encrypt", CaaVerdictKind.NotAuthorized)]
    public void Evaluate_RelevantSet_AsTheCaWill(string name, string records, CaaVerdictKind expected)
    {
        var verdict = CaaEvaluator.Evaluate(Set(name, records), LetsEncrypt);

        verdict.Kind.ShouldBe(expected);
    }

    [Fact]
    public void Evaluate_UnknownCa_ListsAllowedDomainsWithoutJudging()
    {
        var verdict = CaaEvaluator.Evaluate(Set("example.com", "0 issue digicert.com|0 issue pki.goog; policy=ev"), null);

        verdict.Kind.ShouldBe(CaaVerdictKind.IssuerUnknown);
        verdict.Listed.ShouldBe(["digicert.com", "pki.goog"]);
    }

    [Fact]
    public void Evaluate_NoRecordsUpTheTree_AnyCaMayIssue()
    {
        CaaEvaluator.Evaluate(new CaaRelevantSet("example.com", null, [], false, null), LetsEncrypt).Kind.ShouldBe(CaaVerdictKind.NoRecords);
    }

    [Fact]
    public void Evaluate_LookupFailed_ReportsTheFailure()
    {
        var verdict = CaaEvaluator.Evaluate(new CaaRelevantSet("example.com", null, [], false, "timeout"), LetsEncrypt);

        verdict.Kind.ShouldBe(CaaVerdictKind.LookupFailed);
        verdict.Detail.ShouldBe("timeout");
    }

    private static CaaRelevantSet Set(string name, string records) => new(
        name,
        "example.com",
        [.. records.Split('|').Select(r => r.Split(' ', 3)).Select(p => new DnsCaaData(byte.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), p[1], Encoding.UTF8.GetBytes(p[2])))],
        false,
        null);
}
