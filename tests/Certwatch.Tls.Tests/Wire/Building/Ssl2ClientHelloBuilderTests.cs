using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Building;

public class Ssl2ClientHelloBuilderTests
{
    private static readonly byte[] Challenge = [.. Enumerable.Range(1, 16).Select(i => (byte)i)];

    [Fact]
    public void Build_Ssl2Hello_IsExactlyTheHandComputedBytes()
    {
        var hello = new Ssl2ClientHello(ProtocolVersion.Ssl2, [Ssl2CipherKind.Rc4128WithMd5, Ssl2CipherKind.Des192Ede3CbcWithMd5], ReadOnlyMemory<byte>.Empty, Challenge);

        // SSL 2.0 draft §2.5: 2-byte header (0x8000 | 31), CLIENT-HELLO(1), version, specs/session/challenge lengths, specs, challenge
        var expected = WireFixtures.Hex("80 1F  01 0002 0006 0000 0010  010080 0700C0  0102030405060708090A0B0C0D0E0F10");
        Ssl2ClientHelloBuilder.Build(hello).ShouldBe(expected);
    }

    [Fact]
    public void Build_Ssl2CompatibleTlsHello_ReadsBackWithTlsSuites()
    {
        var kinds = new[] { Ssl2CipherKind.FromTlsCipherSuite(new CipherSuiteId(0x002F)), Ssl2CipherKind.Rc4128WithMd5 };
        var written = new Ssl2ClientHello(ProtocolVersion.Tls10, kinds, ReadOnlyMemory<byte>.Empty, Challenge);

        Ssl2ClientHello.TryParse(Ssl2ClientHelloBuilder.Build(written), out var read, out var error).ShouldBeTrue(error.ToString());

        read!.Version.ShouldBe(ProtocolVersion.Tls10);
        read.CipherKinds.ShouldBe(kinds);
        read.CipherKinds[0].AsTlsCipherSuite.ShouldBe(new CipherSuiteId(0x002F));
        read.Challenge.ToArray().ShouldBe(Challenge);
    }
}
