using System.Net;
using Certwatch.Scanning.Dns;
using Certwatch.TestKit.Dns;

namespace Certwatch.Scanning.Tests.Dns;

public sealed class DnsRecordTests
{
    [Fact]
    public void TryRead_Aaaa_ReadsIpv6Address()
    {
        Read(FakeDnsResponse.Aaaa, FakeRdata.Address("2001:db8::53")).ShouldBe(new DnsAddressData(IPAddress.Parse("2001:db8::53")));
    }

    [Fact]
    public void TryRead_Mx_ReadsPreferenceAndExchange()
    {
        Read(FakeDnsResponse.Mx, FakeRdata.Mx(20, "mx2.example.com")).ShouldBe(new DnsMxData(20, "mx2.example.com"));
    }

    [Fact]
    public void TryRead_TxtWithSeveralStrings_KeepsEachAndJoinsText()
    {
        var txt = Read(FakeDnsResponse.Txt, FakeRdata.Txt("v=spf1 include:a.example", " ~all", "")).ShouldBeOfType<DnsTxtData>();

        txt.Strings.ShouldBe(["v=spf1 include:a.example", " ~all", ""]);
        txt.Text.ShouldBe("v=spf1 include:a.example ~all");
    }

    [Theory]
    [InlineData(0, "issue", "letsencrypt.org", false)]
    [InlineData(128, "tbs", "x", true)]
    [InlineData(0, "iodef", "mailto:security@example.com", false)]
    [InlineData(0, "issuewild", ";", false)]
    public void TryRead_Caa_ReadsFlagsTagAndValue(byte flags, string tag, string value, bool critical)
    {
        var caa = Read(FakeDnsResponse.Caa, FakeRdata.Caa(flags, tag, value)).ShouldBeOfType<DnsCaaData>();

        caa.Tag.ShouldBe(tag);
        caa.Value.ShouldBe(value);
        caa.IsCritical.ShouldBe(critical);
    }

    [Fact]
    public void TryRead_Tlsa_ReadsUsageSelectorMatchingTypeAndData()
    {
        var tlsa = Read(FakeDnsResponse.Tlsa, FakeRdata.Tlsa(3, 1, 1, [0xDE, 0xAD])).ShouldBeOfType<DnsTlsaData>();

        (tlsa.Usage, tlsa.Selector, tlsa.MatchingType).ShouldBe(((byte)3, (byte)1, (byte)1));
        tlsa.AssociationData.ShouldBe(new byte[] { 0xDE, 0xAD });
    }

    [Fact]
    public void TryRead_UnknownType_KeepsRawData()
    {
        Read(64, [1, 2, 3]).ShouldBeOfType<DnsUnknownData>().Raw.ShouldBe(new byte[] { 1, 2, 3 });
    }

    [Theory]
    [InlineData(FakeDnsResponse.A, new byte[] { 127, 0, 0 })]
    [InlineData(FakeDnsResponse.Aaaa, new byte[] { 127, 0, 0, 1 })]
    [InlineData(FakeDnsResponse.Txt, new byte[] { })]
    [InlineData(FakeDnsResponse.Txt, new byte[] { 5, (byte)'a' })]
    [InlineData(FakeDnsResponse.Caa, new byte[] { 0, 0 })] // empty tag
    [InlineData(FakeDnsResponse.Caa, new byte[] { 0, 3, (byte)'i', (byte)'-', (byte)'x' })] // tag not alphanumeric
    [InlineData(FakeDnsResponse.Caa, new byte[] { 0, 9, (byte)'i' })]
    [InlineData(FakeDnsResponse.Tlsa, new byte[] { 3, 1 })]
    [InlineData(FakeDnsResponse.Mx, new byte[] { 0, 10 })]
    [InlineData(FakeDnsResponse.Mx, new byte[] { 0, 10, 1, (byte)'a', 0, 0 })] // trailing byte after the name
    [InlineData(FakeDnsResponse.Cname, new byte[] { 1, (byte)'a' })] // name runs past the RDATA
    [InlineData(FakeDnsResponse.Soa, new byte[] { 0, 0, 0, 0, 0, 1 })]
    public void TryRead_MalformedData_IsAnErrorValue(ushort type, byte[] rdata)
    {
        var bytes = Response(type, rdata);
        var offset = QuestionEnd(bytes);

        DnsRecord.TryRead(bytes, ref offset, out var record).ShouldNotBe(DnsParseError.None);
        record.ShouldBeNull();
    }

    private static DnsRecordData Read(ushort type, byte[] rdata)
    {
        var bytes = Response(type, rdata);
        var offset = QuestionEnd(bytes);
        DnsRecord.TryRead(bytes, ref offset, out var record).ShouldBe(DnsParseError.None);
        offset.ShouldBe(bytes.Length);
        record!.Name.ShouldBe("host.example");
        return record.Data;
    }

    private static byte[] Response(ushort type, byte[] rdata) =>
        FakeDnsResponse.To(DnsMessageTests.Query("host.example", type)).Answer(null, type, rdata).Build();

    private static int QuestionEnd(byte[] bytes) => 12 + FakeWireName.Encode("host.example").Length + 4;
}
