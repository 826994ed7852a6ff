using Certwatch.Scanning.Dns;
using Certwatch.Scanning.Mail;
using Certwatch.Scanning.Tests.Dns;
using Certwatch.TestKit.Dns;

namespace Certwatch.Scanning.Tests.Mail;

public sealed class MxPlannerTests
{
    [Fact]
    public void Plan_SeveralExchanges_KeepsPreferenceOrderAndDropsDuplicates()
    {
        var plan = MxPlanner.Plan("example.com", [new DnsMxData(10, "MX1.example.com."), new DnsMxData(20, "mx2.example.com"), new DnsMxData(30, "mx1.example.com")]);

        plan.Kind.ShouldBe(MxPlanKind.Exchanges);
        plan.Hosts.ShouldBe([new MxHost(10, "mx1.example.com"), new MxHost(20, "mx2.example.com")]);
    }

    [Fact]
    public void Plan_NullMx_NoHosts()
    {
        var plan = MxPlanner.Plan("example.com", [new DnsMxData(0, "")]);

        plan.Kind.ShouldBe(MxPlanKind.NullMx);
        plan.Hosts.ShouldBeEmpty();
    }

    [Fact]
    public void Plan_NoMx_DomainItselfIsTheImplicitMx()
    {
        var plan = MxPlanner.Plan("example.com", []);

        plan.Kind.ShouldBe(MxPlanKind.Implicit);
        plan.Hosts.ShouldBe([new MxHost(0, "example.com")]);
    }

    [Fact]
    public void Plan_ExchangesThatAreNoHostNames_SkippedAndFailedWhenNoneLeft()
    {
        var plan = MxPlanner.Plan("example.com", [new DnsMxData(10, "bad name\010.example.com"), new DnsMxData(20, "192.0.2.1")]);

        plan.Kind.ShouldBe(MxPlanKind.Failed);
        plan.Error.ShouldBe("the MX records of 'example.com' name no valid host");
    }

    [Fact]
    public void Plan_HostileListOfExchanges_Bounded()
    {
        var records = Enumerable.Range(0, 500).Select(i => new DnsMxData((ushort)i, $"mx{i}.example.com")).ToList();

        MxPlanner.Plan("example.com", records).Hosts.Count.ShouldBe(MxPlanner.MaxHosts);
    }

    [Fact]
    public async Task PlanAsync_NoSuchDomain_FailedWithOneLineReason()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering());

        var plan = await new MxPlanner(Client(server)).PlanAsync("nowhere.example", CancellationToken.None);

        plan.Kind.ShouldBe(MxPlanKind.Failed);
        plan.Error.ShouldBe("cannot look up MX for 'nowhere.example': no such domain");
    }

    [Fact]
    public async Task PlanAsync_NullMxOnTheWire_NullMx()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(("example.com", FakeDnsResponse.Mx, FakeRdata.Mx(0, "."))));

        var plan = await new MxPlanner(Client(server)).PlanAsync("example.com", CancellationToken.None);

        plan.Kind.ShouldBe(MxPlanKind.NullMx);
    }

    private static DnsClient Client(FakeDnsServer server) =>
        new(new DnsClientOptions([server.EndPoint]) { Timeout = TimeSpan.FromSeconds(5), Attempts = 1 });
}
