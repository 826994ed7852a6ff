using System.Net;
using Certwatch.Scanning.Dns;
using Certwatch.TestKit.Dns;

namespace Certwatch.Scanning.Tests.Dns;

public sealed class DnsMessageTests
{
    // Response to "www.example.com A", id 0xABCD, RD+RA, answer owner compressed to the question name.
    private static readonly byte[] HandBuiltResponse =
    [
        0xAB, 0xCD, 0x81, 0x80, 0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00,
        0x03, (byte)'w', (byte)'w', (byte)'w', 0x07, (byte)'e', (byte)'x', (byte)'a', (byte)'m', (byte)'p', (byte)'l', (byte)'e',
        0x03, (byte)'c', (byte)'o', (byte)'m', 0x00, 0x00, 0x01, 0x00, 0x01,
        // www.example.com CNAME web.example.com (target = "web" + pointer to "example.com" at 16)
        0xC0, 0x0C, 0x00, 0x05, 0x00, 0x01, 0x00, 0x00, 0x0E, 0x10, 0x00, 0x06,
        0x03, (byte)'w', (byte)'e', (byte)'b', 0xC0, 0x10,
        // web.example.com A 192.0.2.1 (owner = pointer to the CNAME target at 45)
        0xC0, 0x2D, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x3C, 0x00, 0x04, 0xC0, 0x00, 0x02, 0x01,
    ];

    [Fact]
    public void TryParse_HandBuiltCompressedResponse_ReadsEveryField()
    {
        DnsMessage.TryParse(HandBuiltResponse, out var message).ShouldBe(DnsParseError.None);

        message!.Header.Id.ShouldBe((ushort)0xABCD);
        message.Header.IsResponse.ShouldBeTrue();
        message.Header.RecursionAvailable.ShouldBeTrue();
        message.Header.ResponseCode.ShouldBe(DnsResponseCode.NoError);
        message.Questions.ShouldBe([new DnsQuestion("www.example.com", DnsRecordType.A)]);
        message.Answers.ShouldBe(
        [
            new DnsRecord("www.example.com", DnsRecordType.CNAME, 1, 3600, new DnsCnameData("web.example.com")),
            new DnsRecord("web.example.com", DnsRecordType.A, 1, 60, new DnsAddressData(IPAddress.Parse("192.0.2.1"))),
        ]);
    }

    [Fact]
    public void TryParse_EveryTruncation_ReturnsAnErrorNeverThrows()
    {
        var full = FullResponse();
        DnsMessage.TryParse(full, out _).ShouldBe(DnsParseError.None);

        for (var length = 0; length < full.Length; length++)
        {
            DnsMessage.TryParse(full.AsSpan(0, length), out var message).ShouldNotBe(DnsParseError.None, $"prefix of {length} bytes");
            message.ShouldBeNull();
        }
    }

    [Fact]
    public void TryParse_RandomlyCorruptedMessages_NeverThrow()
    {
        var full = FullResponse();
        var random = new Random(20261122);
        for (var i = 0; i < 5000; i++)
        {
            var corrupted = (byte[])full.Clone();
            for (var flips = random.Next(1, 6); flips > 0; flips--)
            {
                corrupted[random.Next(corrupted.Length)] = (byte)random.Next(256);
            }

            Should.NotThrow(() => DnsMessage.TryParse(corrupted, out _));
        }
    }

    [Fact]
    public void TryParse_AnswerWithPointerLoop_IsPointerLoop()
    {
        var response = FakeDnsResponse.To(Query("loop.example", FakeDnsResponse.A)).Build();
        byte[] loopingRecord = [0xC0, (byte)response.Length, 0x00, 0x01, 0x00, 0x01, 0, 0, 0, 60, 0x00, 0x04, 127, 0, 0, 1];
        response[7] = 1;

        DnsMessage.TryParse([.. response, .. loopingRecord], out _).ShouldBe(DnsParseError.PointerLoop);
    }

    [Fact]
    public void TryParse_NxDomainWithSoa_KeepsRcodeAndAuthority()
    {
        var bytes = FakeDnsResponse.To(Query("nothing.example", FakeDnsResponse.A)).WithRcode(3)
            .Authority("example", FakeDnsResponse.Soa, FakeRdata.Soa("ns.example", "hostmaster.example", 42, 300)).Build();

        DnsMessage.TryParse(bytes, out var message).ShouldBe(DnsParseError.None);

        message!.Header.ResponseCode.ShouldBe(DnsResponseCode.NXDomain);
        message.Answers.ShouldBeEmpty();
        message.Authority.Single().Data.ShouldBe(new DnsSoaData("ns.example", "hostmaster.example", 42, 7200, 3600, 1209600, 300));
    }

    private static byte[] FullResponse() =>
        FakeDnsResponse.To(Query("example.com", FakeDnsResponse.Mx))
            .Answer(null, FakeDnsResponse.Mx, FakeRdata.Mx(10, "mx.example.com"))
            .Answer(null, FakeDnsResponse.Txt, FakeRdata.Txt("v=spf1", " -all"))
            .Answer(null, FakeDnsResponse.Caa, FakeRdata.Caa(0, "issue", "ca.example"))
            .Answer("_25._tcp.mx.example.com", FakeDnsResponse.Tlsa, FakeRdata.Tlsa(3, 1, 1, [1, 2, 3, 4]))
            .Answer(null, FakeDnsResponse.Aaaa, FakeRdata.Address("2001:db8::1"))
            .Authority("example.com", FakeDnsResponse.Soa, FakeRdata.Soa("ns.example.com", "h.example.com", 1, 60))
            .Build();

    internal static FakeDnsQuery Query(string name, ushort type)
    {
        DnsQueryBuilder.TryBuild(0x4242, name, (DnsRecordType)type, null, out var bytes).ShouldBeTrue();
        return FakeDnsQuery.TryDecode(bytes, overTcp: false)!;
    }
}
