using Certwatch.Core.Findings;
using Certwatch.Scanning.Caa;
using Certwatch.Scanning.Dns;
using Certwatch.Scanning.Tests.Check;
using Certwatch.Scanning.Tests.Dns;
using Certwatch.TestKit.Dns;
using Certwatch.TestKit.Pki;

namespace Certwatch.Scanning.Tests.Caa;

/// <summary>CAA findings for a leaf issued by a CA that names itself "Let's Encrypt".</summary>
public sealed class CaaCheckTests(StartTlsPkiFixture pki) : IClassFixture<StartTlsPkiFixture>
{
    [Fact]
    public async Task FindingsAsync_CaaListsAnotherCa_WarnsThatRenewalWillFail()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(
            ("example.com", FakeDnsResponse.Caa, FakeRdata.Caa(0, "issue", "digicert.com"))));

        var findings = await Check(server).FindingsAsync(LetsEncryptLeaf("www.example.com").Info, "www.example.com", CancellationToken.None);

        var finding = findings.ShouldHaveSingleItem();
        finding.Id.ShouldBe(FindingIds.DnsCaaNotAuthorized);
        finding.Severity.ShouldBe(Severity.Warning);
        finding.Title.ShouldBe("CAA does not allow Let's Encrypt to issue for www.example.com: the next renewal will fail");
        finding.Detail.ShouldContain("what a publicly-trusted CA checks before it issues");
        finding.Evidence.ShouldContain("example.com CAA 0 issue \"digicert.com\"");
        finding.Fix!.Summary.ShouldContain("example.com. IN CAA 0 issue \"letsencrypt.org\"");
    }

    [Fact]
    public async Task FindingsAsync_CaaAllowsTheIssuer_Info()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(
            ("example.com", FakeDnsResponse.Caa, FakeRdata.Caa(0, "issue", "letsencrypt.org"))));

        var findings = await Check(server).FindingsAsync(LetsEncryptLeaf("example.com").Info, "example.com", CancellationToken.None);

        findings.ShouldHaveSingleItem().Id.ShouldBe(FindingIds.DnsCaaAuthorized);
    }

    [Fact]
    public async Task FindingsAsync_NoCaa_InfoNamingEveryName()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering());

        var findings = await Check(server).FindingsAsync(LetsEncryptLeaf("example.com", "www.example.com").Info, "example.com", CancellationToken.None);

        var finding = findings.ShouldHaveSingleItem();
        finding.Id.ShouldBe(FindingIds.DnsCaaNone);
        finding.Severity.ShouldBe(Severity.Info);
        finding.Title.ShouldContain("example.com, www.example.com");
    }

    [Fact]
    public async Task FindingsAsync_LocalhostCertificate_AsksNothing()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering());

        var findings = await Check(server).FindingsAsync(pki.Valid.Info, "localhost", CancellationToken.None);

        findings.ShouldBeEmpty();
        server.Queries.ShouldBeEmpty();
    }

    [Fact]
    public async Task FindingsAsync_PrivateCa_UnknownIssuerListsAllowedDomains()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(
            ("example.com", FakeDnsResponse.Caa, FakeRdata.Caa(0, "issue", "digicert.com"))));
        var leaf = pki.Pki.Leaf("example.com");

        var finding = (await Check(server).FindingsAsync(leaf.Info, "example.com", CancellationToken.None)).ShouldHaveSingleItem();

        finding.Id.ShouldBe(FindingIds.DnsCaaUnknownIssuer);
        finding.Evidence.ShouldContain("example.com: allowed issuers: digicert.com");
    }

    private IssuedCertificate LetsEncryptLeaf(params string[] names)
    {
        var ca = pki.Pki.IntermediateCa("CN=R10, O=Let's Encrypt, C=US");
        return pki.Pki.Leaf(names[0], s => s with { DnsNames = names }, ca);
    }

    private static CaaCheck Check(FakeDnsServer server) =>
        new(new DnsClient(new DnsClientOptions([server.EndPoint]) { Timeout = TimeSpan.FromSeconds(5), Attempts = 1 }));
}
