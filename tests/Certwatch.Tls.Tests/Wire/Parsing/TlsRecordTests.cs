using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Parsing;

public class TlsRecordTests
{
    [Fact]
    public void TryReadAll_Tls12EcdheFlight_ReadsHandshakeRecords()
    {
        TlsRecord.TryReadAll(WireFixtures.Read("tls12-ecdhe-rsa-flight.bin"), out var records, out var error).ShouldBeTrue();

        error.ShouldBe(InvalidMessage.None);
        records.ShouldAllBe(r => r.ContentType == ContentType.Handshake && r.Header.Version == ProtocolVersion.Tls12);
    }

    [Fact]
    public void TryReadAll_Tls13Answer_HasHandshakeThenChangeCipherSpecThenEncryptedRecords()
    {
        TlsRecord.TryReadAll(WireFixtures.Read("tls13-x25519-server-hello.bin"), out var records, out _).ShouldBeTrue();

        records.Select(r => r.ContentType).Take(3).ShouldBe([ContentType.Handshake, ContentType.ChangeCipherSpec, ContentType.ApplicationData]);
    }

    [Theory]
    [InlineData("", InvalidMessage.MessageTooShort)]
    [InlineData("16 03", InvalidMessage.MessageTooShort)]
    [InlineData("16 03 03 00 05 02 00", InvalidMessage.MessageTooShort)]
    [InlineData("48 54 54 50 2F", InvalidMessage.UnknownRecordType)]
    [InlineData("80 2E 01 00 02", InvalidMessage.UnknownRecordType)]
    [InlineData("17 03 03 48 01", InvalidMessage.RecordTooLarge)]
    public void TryRead_BadBytes_ReportsWhy(string hex, InvalidMessage expected)
    {
        TlsRecord.TryRead(WireFixtures.Hex(hex), out var record, out _, out var error).ShouldBeFalse();

        record.ShouldBeNull();
        error.ShouldBe(expected);
    }

    [Fact]
    public void TryRead_TwoRecords_ConsumesOnlyTheFirst()
    {
        TlsRecord.TryRead(WireFixtures.Hex("15 03 03 00 02 02 28 16 03 03 00 00"), out var record, out var consumed, out _).ShouldBeTrue();

        consumed.ShouldBe(7);
        record!.Fragment.ToArray().ShouldBe(new byte[] { 2, 40 });
    }
}
