using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Dns;
using Certwatch.Scanning.Mail;
using Certwatch.Scanning.Tests.Check;
using Certwatch.Scanning.Tests.Dns;
using Certwatch.TestKit.Dns;
using Certwatch.Tls.Handshake;

namespace Certwatch.Scanning.Tests.Mail;

/// <summary>The TLSA lookup side of DANE, against the scripted DNS server.</summary>
public sealed class DaneCheckTests(StartTlsPkiFixture pki) : IClassFixture<StartTlsPkiFixture>
{
    private const string Owner = "_25._tcp.mx.example.com";

    [Fact]
    public async Task FindingsAsync_ServerFails_LookupFailedWarning()
    {
        await using var server = FakeDnsServer.Start(query => FakeDnsReply.Of(FakeDnsResponse.To(query).WithRcode(2).Build()));

        var finding = (await Check(server).FindingsAsync(Report(), 25, CancellationToken.None)).ShouldHaveSingleItem();

        finding.Id.ShouldBe(FindingIds.DnsDaneLookupFailed);
        finding.Severity.ShouldBe(Severity.Warning);
        finding.Evidence.ShouldContain(e => e.Contains("SERVFAIL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindingsAsync_NoTlsa_NoFinding()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering());

        (await Check(server).FindingsAsync(Report(), 25, CancellationToken.None)).ShouldBeEmpty();
        server.Queries.ShouldHaveSingleItem().Name.ShouldBe(Owner);
    }

    [Fact]
    public async Task FindingsAsync_StaleRecord_CriticalMismatchNamingTheOwner()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering((Owner, FakeDnsResponse.Tlsa, FakeRdata.Tlsa(3, 1, 1, new byte[32]))));

        var finding = (await Check(server).FindingsAsync(Report(), 25, CancellationToken.None)).ShouldHaveSingleItem();

        finding.Id.ShouldBe(FindingIds.DnsDaneMismatch);
        finding.Severity.ShouldBe(Severity.Critical);
        finding.Title.ShouldBe($"DANE: no TLSA record at {Owner} matches the served chain: DANE senders will not deliver mail");
        finding.Evidence.ShouldContain($"{Owner} TLSA 3 1 1 {new string('0', 64)} (DANE-EE SPKI SHA2-256)");
    }

    [Fact]
    public async Task FindingsAsync_MatchingRecord_InfoMatch()
    {
        var data = DaneEvaluatorTests.Association(pki.Valid.Info, 1, 1);
        await using var server = FakeDnsServer.Start(FakeZone.Answering((Owner, FakeDnsResponse.Tlsa, FakeRdata.Tlsa(3, 1, 1, data))));

        var finding = (await Check(server).FindingsAsync(Report(), 25, CancellationToken.None)).ShouldHaveSingleItem();

        finding.Id.ShouldBe(FindingIds.DnsDaneMatch);
        finding.Severity.ShouldBe(Severity.Info);
    }

    private TargetReport Report()
    {
        var observation = new HandshakeObservation { Address = "127.0.0.1", Port = 25, ServerName = "mx.example.com", Outcome = HandshakeOutcome.Completed };
        var address = new AddressReport("127.0.0.1", observation, [pki.Valid.Info, pki.Pki.Intermediate.Info], null);
        var target = new Target("smtp://mx.example.com:25", "mx.example.com", 25, "mx.example.com", IPAddress.Loopback, "smtp") { StartTls = StartTlsProtocol.Smtp };
        return new TargetReport(target, CheckStatus.Ok, [address], [], null, StartTlsPkiFixture.Now, TimeSpan.Zero);
    }

    private static DaneCheck Check(FakeDnsServer server) =>
        new(new DnsClient(new DnsClientOptions([server.EndPoint]) { Timeout = TimeSpan.FromSeconds(5), Attempts = 1 }));
}
