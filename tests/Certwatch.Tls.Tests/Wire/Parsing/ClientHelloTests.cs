using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Parsing;

public class ClientHelloTests
{
    [Fact]
    public void TryParse_CapturedTls13Hello_ReadsWhatAFakeServerNeeds()
    {
        var hello = Parse(WireFixtures.Read("tls13-x25519-client-hello.bin")[9..]);

        hello.ShouldSatisfyAllConditions(
            h => h.MaxVersion.ShouldBe(ProtocolVersion.Tls13),
            h => h.CipherSuites.ShouldBe([new CipherSuiteId(0x1301)]),
            h => h.ServerName.ShouldBe("wire.test"),
            h => h.KeyShares!.Single().Group.ShouldBe(NamedGroup.X25519),
            h => h.Has(ExtensionType.PskKeyExchangeModes).ShouldBeTrue());
    }

    [Fact]
    public void MaxVersion_GreaseInSupportedVersions_IsIgnored()
    {
        // supported_versions: GREASE 0x7A7A, TLS 1.2
        var hello = Parse(Body("0002 1301", "002B 0005 04 7A7A 0303"));

        hello.SupportedVersions.ShouldBe([new ProtocolVersion(0x7A7A), ProtocolVersion.Tls12]);
        hello.MaxVersion.ShouldBe(ProtocolVersion.Tls12);
    }

    [Theory]
    [InlineData("0000", "", InvalidMessage.EmptyVector)]
    [InlineData("0003 130100", "", InvalidMessage.LengthMismatch)]
    [InlineData("0002 1301", "000A 0003 0001 00", InvalidMessage.LengthMismatch)]
    [InlineData("0002 1301", "0000 0001 00", InvalidMessage.LengthMismatch)]
    [InlineData("0002 1301", "0017 0000 0017 0000", InvalidMessage.DuplicateExtension)]
    [InlineData("0002 1301", "0033 0006 0004 001D 0005", InvalidMessage.LengthMismatch)]
    public void TryParse_BadHello_ReportsWhy(string suites, string extensions, InvalidMessage expected)
    {
        ClientHello.TryParse(Body(suites, extensions), out var hello, out var error).ShouldBeFalse();

        hello.ShouldBeNull();
        error.ShouldBe(expected);
    }

    private static ClientHello Parse(ReadOnlySpan<byte> body)
    {
        ClientHello.TryParse(body, out var hello, out var error).ShouldBeTrue(error.ToString());
        return hello!;
    }

    // legacy_version TLS 1.2, zero random, empty session id, the given suites vector, null compression, extensions
    private static byte[] Body(string suitesVector, string extensions)
    {
        var block = WireFixtures.Hex(extensions);
        byte[] head = [0x03, 0x03, .. new byte[32], 0x00, .. WireFixtures.Hex(suitesVector), 0x01, 0x00];
        return block.Length == 0 ? head : [.. head, (byte)(block.Length >> 8), (byte)block.Length, .. block];
    }
}
