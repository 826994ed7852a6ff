using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Parsing;

public class TlsRecordHeaderTests
{
    [Fact]
    public void TryParse_HandshakeHeader_ReadsTypeVersionLength()
    {
        TlsRecordHeader.TryParse(WireFixtures.Hex("16 03 01 01 FC"), out var header, out var error).ShouldBeTrue();

        header.ShouldBe(new TlsRecordHeader(ContentType.Handshake, ProtocolVersion.Tls10, 0x01FC));
        error.ShouldBe(InvalidMessage.None);
    }

    [Fact]
    public void TryParse_UnknownVersion_IsKept()
    {
        TlsRecordHeader.TryParse(WireFixtures.Hex("15 7F 1C 00 02"), out var header, out _).ShouldBeTrue();

        header.Version.ToString().ShouldBe("TLSv1.3-draft-28");
    }
}
