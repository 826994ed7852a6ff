using System.Diagnostics;
using System.Net;
using Certwatch.Scanning.Dns;
using Certwatch.TestKit.Dns;

namespace Certwatch.Scanning.Tests.Dns;

public sealed class DnsClientTests
{
    // Generous: a loaded 2-core test run can delay a loopback reply by hundreds of milliseconds. Tests that
    // must wait for the timeout pass a short one.
    private static DnsClient ClientFor(params FakeDnsServer[] servers) => ClientFor(TimeSpan.FromSeconds(5), servers);

    private static DnsClient ClientFor(TimeSpan timeout, params FakeDnsServer[] servers) =>
        new(new DnsClientOptions([.. servers.Select(s => s.EndPoint)]) { Timeout = timeout, Attempts = 1 });

    [Fact]
    public async Task QueryAsync_AAnswer_ReturnsAddressesFromThatServerOverUdpWithEdns()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(
            ("www.example.com", FakeDnsResponse.A, FakeRdata.Address("192.0.2.10")),
            ("www.example.com", FakeDnsResponse.A, FakeRdata.Address("192.0.2.11"))));

        var result = await ClientFor(server).QueryAsync("www.example.com", DnsRecordType.A);

        result.Answer.ShouldNotBeNull();
        result.DataOf<DnsAddressData>().Select(d => d.Address).ShouldBe([IPAddress.Parse("192.0.2.10"), IPAddress.Parse("192.0.2.11")]);
        result.Answer.ResponseCode.ShouldBe(DnsResponseCode.NoError);
        result.Answer.Server.ShouldBe(server.EndPoint);
        result.Answer.UsedTcp.ShouldBeFalse();
        var query = server.Queries.ShouldHaveSingleItem();
        (query.OverTcp, query.HasEdns, query.EdnsPayloadSize).ShouldBe((false, true, (ushort)1232));
    }

    [Fact]
    public void FromResolvConf_TempFile_UsesItsNameserversWithoutQuerying()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "nameserver 127.0.0.53\nnameserver ::1\n");

            DnsClient.FromResolvConf(path).Options.Servers.ShouldBe(
                [new IPEndPoint(IPAddress.Parse("127.0.0.53"), 53), new IPEndPoint(IPAddress.IPv6Loopback, 53)]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task QueryAsync_EdnsDisabled_SendsNoOptRecord()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(("a.example", FakeDnsResponse.A, FakeRdata.Address("192.0.2.1"))));
        var client = new DnsClient(new DnsClientOptions([server.EndPoint]) { EdnsUdpPayloadSize = null });

        (await client.QueryAsync("a.example", DnsRecordType.A)).Succeeded.ShouldBeTrue();

        server.Queries.ShouldHaveSingleItem().HasEdns.ShouldBeFalse();
    }

    [Fact]
    public async Task QueryAsync_NxDomain_IsAnAnswerWithSoaInAuthority()
    {
        await using var server = FakeDnsServer.Start(q => FakeDnsReply.Of(FakeDnsResponse.To(q).WithRcode(3)
            .Authority("example", FakeDnsResponse.Soa, FakeRdata.Soa("ns.example", "hostmaster.example", 7, 900)).Build()));

        var result = await ClientFor(server).QueryAsync("nothing.example", DnsRecordType.A);

        result.Answer!.ResponseCode.ShouldBe(DnsResponseCode.NXDomain);
        result.DataOf<DnsAddressData>().ShouldBeEmpty();
        result.Answer.Authority.Single().Data.ShouldBeOfType<DnsSoaData>().Minimum.ShouldBe(900u);
    }

    [Theory]
    [InlineData(2, DnsResponseCode.ServFail)]
    [InlineData(5, DnsResponseCode.Refused)]
    public async Task QueryAsync_ServerFailureRcode_IsReportedAsValue(int rcode, DnsResponseCode expected)
    {
        await using var server = FakeDnsServer.Start(q => FakeDnsReply.Of(FakeDnsResponse.To(q).WithRcode(rcode).Build()));

        var result = await ClientFor(server).QueryAsync("broken.example", DnsRecordType.A);

        result.Answer!.ResponseCode.ShouldBe(expected);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task QueryAsync_TruncatedUdpReply_RetriesOverTcpAndReturnsFullAnswer(bool cutMidRecord)
    {
        var full = FakeZone.Answering(("big.example", FakeDnsResponse.Txt, FakeRdata.Txt(new string('x', 200))));
        await using var server = FakeDnsServer.Start(q =>
        {
            if (q.OverTcp)
            {
                return full(q);
            }

            var truncated = FakeDnsResponse.To(q).Truncated().Answer(null, FakeDnsResponse.Txt, FakeRdata.Txt(new string('x', 200))).Build();
            return FakeDnsReply.Of(cutMidRecord ? truncated[..^50] : FakeDnsResponse.To(q).Truncated().Build());
        });

        var result = await ClientFor(server).QueryAsync("big.example", DnsRecordType.TXT);

        result.DataOf<DnsTxtData>().Single().Text.ShouldBe(new string('x', 200));
        result.Answer!.UsedTcp.ShouldBeTrue();
        result.Answer.Truncated.ShouldBeTrue();
        server.Queries.Select(q => q.OverTcp).ShouldBe([false, true]);
    }

    [Fact]
    public async Task QueryAsync_WrongIdReplyFirst_IsIgnoredAndTheRightReplyUsed()
    {
        await using var server = FakeDnsServer.Start(q => FakeDnsReply.Of(
            FakeDnsResponse.To(q).WithId((ushort)(q.Id ^ 0x5555)).Answer(null, FakeDnsResponse.A, FakeRdata.Address("203.0.113.66")).Build(),
            FakeDnsResponse.To(q).Answer(null, FakeDnsResponse.A, FakeRdata.Address("192.0.2.1")).Build()));

        var result = await ClientFor(server).QueryAsync("a.example", DnsRecordType.A);

        result.DataOf<DnsAddressData>().Single().Address.ShouldBe(IPAddress.Parse("192.0.2.1"));
    }

    [Fact]
    public async Task QueryAsync_RightIdFromAnotherPort_IsIgnoredAsSpoofed()
    {
        await using var server = FakeDnsServer.Start(q => FakeDnsReply.Of(
            new FakeDnsDatagram(FakeDnsResponse.To(q).Answer(null, FakeDnsResponse.A, FakeRdata.Address("203.0.113.66")).Build(), FromOtherPort: true),
            new FakeDnsDatagram(FakeDnsResponse.To(q).Answer(null, FakeDnsResponse.A, FakeRdata.Address("192.0.2.1")).Build())));

        var result = await ClientFor(server).QueryAsync("a.example", DnsRecordType.A);

        result.DataOf<DnsAddressData>().Single().Address.ShouldBe(IPAddress.Parse("192.0.2.1"));
    }

    [Fact]
    public async Task QueryAsync_ReplyForAnotherQuestion_IsIgnored()
    {
        await using var server = FakeDnsServer.Start(q =>
        {
            var other = DnsMessageTests.Query("evil.example", q.Type) with { Id = q.Id };
            return FakeDnsReply.Of(FakeDnsResponse.To(other).Answer(null, q.Type, FakeRdata.Address("203.0.113.66")).Build());
        });

        var result = await ClientFor(TimeSpan.FromMilliseconds(1500), server).QueryAsync("a.example", DnsRecordType.A);

        result.Error!.Kind.ShouldBe(DnsErrorKind.MalformedResponse);
    }

    [Fact]
    public async Task QueryAsync_SilentServer_TimesOutAsErrorValue()
    {
        await using var server = FakeDnsServer.Start(_ => FakeDnsReply.Silence);
        var client = new DnsClient(new DnsClientOptions([server.EndPoint]) { Timeout = TimeSpan.FromMilliseconds(200), Attempts = 2 });
        var clock = Stopwatch.StartNew();

        var result = await client.QueryAsync("quiet.example", DnsRecordType.A);

        result.Error!.Kind.ShouldBe(DnsErrorKind.Timeout);
        result.Error.Message.ShouldBe($"no answer for quiet.example A from {server.EndPoint}: timeout after 0.2s");
        server.Queries.Count.ShouldBe(2);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task QueryAsync_FirstServerSilent_SecondServerAnswers()
    {
        await using var silent = FakeDnsServer.Start(_ => FakeDnsReply.Silence);
        await using var working = FakeDnsServer.Start(FakeZone.Answering(("a.example", FakeDnsResponse.A, FakeRdata.Address("192.0.2.1"))));

        var result = await ClientFor(TimeSpan.FromSeconds(2), silent, working).QueryAsync("a.example", DnsRecordType.A);

        result.Answer!.Server.ShouldBe(working.EndPoint);
        silent.Queries.Count.ShouldBe(1);
    }

    [Fact]
    public async Task QueryAsync_FirstAttemptLost_SecondAttemptAnswers()
    {
        var seen = 0;
        var answer = FakeZone.Answering(("a.example", FakeDnsResponse.A, FakeRdata.Address("192.0.2.1")));
        await using var server = FakeDnsServer.Start(q => Interlocked.Increment(ref seen) == 1 ? FakeDnsReply.Silence : answer(q));
        var client = new DnsClient(new DnsClientOptions([server.EndPoint]) { Timeout = TimeSpan.FromSeconds(2), Attempts = 3 });

        var result = await client.QueryAsync("a.example", DnsRecordType.A);

        result.Succeeded.ShouldBeTrue();
        server.Queries.Count.ShouldBe(2);
    }

    [Fact]
    public async Task QueryAsync_ManyQueries_UseRandomIds()
    {
        await using var server = FakeDnsServer.Start(FakeZone.Answering(("a.example", FakeDnsResponse.A, FakeRdata.Address("192.0.2.1"))));
        var client = ClientFor(server);

        for (var i = 0; i < 16; i++)
        {
            (await client.QueryAsync("a.example", DnsRecordType.A)).Succeeded.ShouldBeTrue();
        }

        server.Queries.Select(q => q.Id).Distinct().Count().ShouldBeGreaterThan(8);
    }

    [Fact]
    public async Task QueryAsync_TcpReplyWithWrongId_IsMalformedResponse()
    {
        await using var server = FakeDnsServer.Start(q => FakeDnsReply.Of(q.OverTcp
            ? FakeDnsResponse.To(q).WithId((ushort)(q.Id + 1)).Answer(null, FakeDnsResponse.A, FakeRdata.Address("203.0.113.66")).Build()
            : FakeDnsResponse.To(q).Truncated().Build()));

        var result = await ClientFor(server).QueryAsync("a.example", DnsRecordType.A);

        result.Error!.Kind.ShouldBe(DnsErrorKind.MalformedResponse);
        server.Queries.Select(q => q.OverTcp).ShouldBe([false, true]);
    }

    [Theory]
    [InlineData("loop")]
    [InlineData("garbage")]
    public async Task QueryAsync_UnparsableReply_IsMalformedResponseNotAHang(string kind)
    {
        await using var server = FakeDnsServer.Start(q => FakeDnsReply.Of(kind == "loop" ? LoopingReply(q) : [0xDE, 0xAD, 0xBE, 0xEF, 0x00]));
        var clock = Stopwatch.StartNew();

        var result = await ClientFor(TimeSpan.FromMilliseconds(1500), server).QueryAsync("a.example", DnsRecordType.A);

        result.Error!.Kind.ShouldBe(DnsErrorKind.MalformedResponse);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task QueryAsync_InvalidName_FailsWithoutSending()
    {
        await using var server = FakeDnsServer.Start(_ => FakeDnsReply.Silence);

        var result = await ClientFor(server).QueryAsync("bad..name", DnsRecordType.A);

        result.Error!.Kind.ShouldBe(DnsErrorKind.InvalidName);
        server.Queries.ShouldBeEmpty();
    }

    private static byte[] LoopingReply(FakeDnsQuery query)
    {
        var response = FakeDnsResponse.To(query).Build();
        response[7] = 1;
        return [.. response, 0xC0, (byte)response.Length, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 127, 0, 0, 1];
    }
}
