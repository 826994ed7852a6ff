using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Parsing;

public class ServerHelloTests
{
    [Fact]
    public void TryParse_CapturedTls12Hello_ChoseTheOfferedSuiteAndSecureRenegotiation()
    {
        var hello = Parse(WireFixtures.Body("tls12-ecdhe-rsa-flight.bin", HandshakeType.ServerHello));

        hello.ShouldSatisfyAllConditions(
            () => hello.NegotiatedVersion.ShouldBe(ProtocolVersion.Tls12),
            () => hello.SelectedVersion.ShouldBeNull(),
            () => hello.CipherSuite.ToString().ShouldBe("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
            () => hello.CompressionMethod.ShouldBe((byte)0),
            () => hello.SecureRenegotiation.ShouldBeTrue(),
            () => hello.Has(ExtensionType.ExtendedMasterSecret).ShouldBeTrue(),
            () => hello.IsHelloRetryRequest.ShouldBeFalse());
    }

    [Fact]
    public void TryParse_CapturedTls13Hello_SelectsTls13AndAnswersTheX25519Share()
    {
        var hello = Parse(WireFixtures.Body("tls13-x25519-server-hello.bin", HandshakeType.ServerHello));

        hello.ShouldSatisfyAllConditions(
            () => hello.LegacyVersion.ShouldBe(ProtocolVersion.Tls12),
            () => hello.SelectedVersion.ShouldBe(ProtocolVersion.Tls13),
            () => hello.NegotiatedVersion.ShouldBe(ProtocolVersion.Tls13),
            () => hello.CipherSuite.ShouldBe(new CipherSuiteId(0x1301)),
            () => hello.KeyShare!.Group.ShouldBe(NamedGroup.X25519),
            () => hello.KeyShare!.KeyExchange.Length.ShouldBe(32),
            () => hello.IsHelloRetryRequest.ShouldBeFalse());
    }

    [Fact]
    public void TryParse_CapturedHelloRetryRequest_IsDetectedWithItsGroup()
    {
        var hello = Parse(WireFixtures.Body("tls13-hello-retry-request.bin", HandshakeType.ServerHello));

        hello.IsHelloRetryRequest.ShouldBeTrue();
        hello.RetryGroup.ShouldBe(NamedGroup.X25519);
        hello.KeyShare.ShouldBeNull();
        hello.SelectedVersion.ShouldBe(ProtocolVersion.Tls13);
    }

    [Fact]
    public void TryParse_NoExtensions_IsAnOldStyleHello()
    {
        var hello = Parse(Body(extensions: null));

        hello.Extensions.ShouldBeEmpty();
        hello.NegotiatedVersion.ShouldBe(ProtocolVersion.Tls10);
    }

    [Fact]
    public void TryParse_UnknownExtension_IsKeptRaw()
    {
        var hello = Parse(Body("FA CE 00 02 AB CD"));

        hello.Extensions.Single().ShouldSatisfyAllConditions(
            e => e.Type.Value.ShouldBe((ushort)0xFACE),
            e => e.Data.ToArray().ShouldBe(new byte[] { 0xAB, 0xCD }));
    }

    [Fact]
    public void TryParse_AlpnChoice_IsDecoded() => Parse(Body("00 10 00 05 00 03 02 68 32")).Alpn.ShouldBe("h2");

    [Theory]
    [InlineData("FF 01 00 01 00 FF 01 00 01 00", InvalidMessage.DuplicateExtension)]
    [InlineData("00 2B 00 03 03 04 00", InvalidMessage.LengthMismatch)]
    [InlineData("00 33 00 05 00 1D 00 02 01", InvalidMessage.LengthMismatch)]
    [InlineData("00 10 00 08 00 06 02 68 32 02 68 33", InvalidMessage.LengthMismatch)]
    [InlineData("FF 01 00 09 00", InvalidMessage.MessageTooShort)]
    public void TryParse_BadExtensions_ReportsWhy(string extensions, InvalidMessage expected)
    {
        ServerHello.TryParse(Body(extensions), out var hello, out var error).ShouldBeFalse();

        hello.ShouldBeNull();
        error.ShouldBe(expected);
    }

    [Fact]
    public void TryParse_BytesAfterExtensions_IsTrailingData()
    {
        ServerHello.TryParse([.. Body("FF 01 00 01 00"), 0x00], out _, out var error).ShouldBeFalse();

        error.ShouldBe(InvalidMessage.TrailingData);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void DowngradeSentinel_Tls13ServerAnsweringOlder_IsReported(int sentinel)
    {
        var random = new byte[32];
        "DOWNGRD"u8.CopyTo(random.AsSpan(24));
        random[31] = (byte)sentinel;

        Parse(Body(extensions: null, random: random)).DowngradeSentinel.ShouldBe(sentinel);
    }

    [Fact]
    public void DowngradeSentinel_OrdinaryRandom_IsNull() => Parse(Body(extensions: null)).DowngradeSentinel.ShouldBeNull();

    private static ServerHello Parse(byte[] body)
    {
        ServerHello.TryParse(body, out var hello, out var error).ShouldBeTrue(error.ToString());
        return hello!;
    }

    // legacy_version TLS 1.0, random, empty session id, TLS_RSA_WITH_AES_128_CBC_SHA, null compression, extensions
    private static byte[] Body(string? extensions, byte[]? random = null)
    {
        byte[] head = [0x03, 0x01, .. random ?? new byte[32], 0x00, 0x00, 0x2F, 0x00];
        if (extensions is null)
        {
            return head;
        }

        var block = WireFixtures.Hex(extensions);
        return [.. head, (byte)(block.Length >> 8), (byte)block.Length, .. block];
    }
}
