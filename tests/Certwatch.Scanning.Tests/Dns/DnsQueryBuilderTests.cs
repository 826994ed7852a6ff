using Certwatch.Scanning.Dns;

namespace Certwatch.Scanning.Tests.Dns;

public sealed class DnsQueryBuilderTests
{
    private static readonly byte[] ExampleComQuestion =
    [
        0x07, (byte)'e', (byte)'x', (byte)'a', (byte)'m', (byte)'p', (byte)'l', (byte)'e',
        0x03, (byte)'c', (byte)'o', (byte)'m', 0x00,
        0x00, 0x01, // QTYPE A
        0x00, 0x01, // QCLASS IN
    ];

    [Fact]
    public void TryBuild_ExampleComAWithoutEdns_IsTheRfc1035Bytes()
    {
        DnsQueryBuilder.TryBuild(0x1234, "example.com", DnsRecordType.A, null, out var query).ShouldBeTrue();

        byte[] header = [0x12, 0x34, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
        query.ShouldBe([.. header, .. ExampleComQuestion]);
    }

    [Fact]
    public void TryBuild_ExampleComAWithEdns_AddsOptRecordAdvertising1232()
    {
        DnsQueryBuilder.TryBuild(0xBEEF, "example.com.", DnsRecordType.A, 1232, out var query).ShouldBeTrue();

        byte[] header = [0xBE, 0xEF, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01];
        byte[] opt = [0x00, 0x00, 0x29, 0x04, 0xD0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
        query.ShouldBe([.. header, .. ExampleComQuestion, .. opt]);
    }

    [Fact]
    public void TryBuild_CaaType_WritesType257()
    {
        DnsQueryBuilder.TryBuild(1, "example.com", DnsRecordType.CAA, null, out var query).ShouldBeTrue();

        query[^4..].ShouldBe(new byte[] { 0x01, 0x01, 0x00, 0x01 });
    }

    [Fact]
    public void TryBuild_Root_WritesSingleZeroOctetName()
    {
        DnsQueryBuilder.TryBuild(1, ".", DnsRecordType.SOA, null, out var query).ShouldBeTrue();

        query[12..].ShouldBe(new byte[] { 0x00, 0x00, 0x06, 0x00, 0x01 });
    }

    [Theory]
    [InlineData("a..example")]
    [InlineData("..")]
    [InlineData("bücher.example")]
    [InlineData("this-label-is-sixty-four-characters-long-which-is-one-too-many-x.example")]
    public void TryBuild_InvalidName_ReturnsFalse(string name)
    {
        DnsQueryBuilder.TryBuild(1, name, DnsRecordType.A, 1232, out _).ShouldBeFalse();
    }

    [Fact]
    public void TryBuild_NameOver255Octets_ReturnsFalse()
    {
        var name = string.Join('.', Enumerable.Repeat(new string('a', 63), 4));

        DnsQueryBuilder.TryBuild(1, name, DnsRecordType.A, null, out _).ShouldBeFalse();
    }

    [Fact]
    public void TryBuild_Output_ParsesBackToTheSameQuestion()
    {
        DnsQueryBuilder.TryBuild(7, "_25._tcp.mx.example.org", DnsRecordType.TLSA, 1232, out var query).ShouldBeTrue();

        DnsMessage.TryParse(query, out var message).ShouldBe(DnsParseError.None);
        message!.Header.RecursionDesired.ShouldBeTrue();
        message.Header.IsResponse.ShouldBeFalse();
        message.Questions.ShouldBe([new DnsQuestion("_25._tcp.mx.example.org", DnsRecordType.TLSA)]);
        message.Additional.Single().Type.ShouldBe(DnsRecordType.OPT);
        message.Additional.Single().Class.ShouldBe((ushort)1232);
    }
}
