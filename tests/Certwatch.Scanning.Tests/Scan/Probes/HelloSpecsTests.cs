using System.Security.Cryptography;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Tests.Scan.Probes;

public sealed class HelloSpecsTests
{
    [Fact]
    public void Legacy_Ssl3_SendsNoExtensionsAndTheRenegotiationScsv()
    {
        using var harness = ProbeHarness.For(1);

        var hello = Parse(HelloSpecs.Offering(harness.Context, ProtocolVersion.Ssl3));

        hello.LegacyVersion.ShouldBe(ProtocolVersion.Ssl3);
        hello.Extensions.ShouldBeEmpty();
        hello.CipherSuites.ShouldContain(CipherSuiteId.EmptyRenegotiationInfoScsv);
        hello.CipherSuites.ShouldNotContain(s => CipherSuiteRegistry.Find(s) != null && CipherSuiteRegistry.Find(s)!.IsAead);
    }

    [Theory]
    [InlineData((ushort)0x0301, false)]
    [InlineData((ushort)0x0303, true)]
    public void Legacy_Tls1x_SendsSignatureAlgorithmsOnlyFromTls12(ushort version, bool expected)
    {
        using var harness = ProbeHarness.For(1);

        var hello = Parse(HelloSpecs.Offering(harness.Context, new ProtocolVersion(version)));

        if (expected)
        {
            hello.SignatureAlgorithms.ShouldBe(HelloSpecs.Schemes);
        }
        else
        {
            hello.SignatureAlgorithms.ShouldBeNull();
        }

        hello.ServerName.ShouldBe("localhost");
        hello.SupportedVersions.ShouldBeNull();
        hello.CipherSuites.ShouldNotContain(s => CipherSuiteRegistry.Find(s) != null && CipherSuiteRegistry.Find(s)!.IsTls13);
    }

    [Fact]
    public void Tls13_OffersOnlyTls13WithValidX25519AndP256Shares()
    {
        using var harness = ProbeHarness.For(1);

        var hello = Parse(HelloSpecs.Offering(harness.Context, ProtocolVersion.Tls13));

        hello.LegacyVersion.ShouldBe(ProtocolVersion.Tls12);
        hello.SupportedVersions.ShouldBe([ProtocolVersion.Tls13]);
        hello.CipherSuites.ShouldAllBe(s => CipherSuiteRegistry.Find(s)!.IsTls13);
        hello.SupportedGroups!.ShouldContain(NamedGroup.X25519MlKem768);
        hello.KeyShares!.Select(k => k.Group).ShouldBe([NamedGroup.X25519, NamedGroup.Secp256r1]);
        hello.KeyShares![0].KeyExchange.Length.ShouldBe(32);
        var point = hello.KeyShares![1].KeyExchange.ToArray();
        point[0].ShouldBe((byte)0x04);
        using var key = ECDiffieHellman.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = point[1..33], Y = point[33..] } });
        key.KeySize.ShouldBe(256); // importing validates that the point is on the curve
    }

    [Fact]
    public void Legacy_SameSeed_SameHelloBytes()
    {
        using var first = ProbeHarness.For(1);
        using var second = ProbeHarness.For(1);

        var a = ClientHelloBuilder.Build(HelloSpecs.Offering(first.Context, ProtocolVersion.Tls12));
        var b = ClientHelloBuilder.Build(HelloSpecs.Offering(second.Context, ProtocolVersion.Tls12));

        a.ShouldBe(b);
    }

    private static ClientHello Parse(ClientHelloSpec spec)
    {
        ClientHello.TryParse(ClientHelloBuilder.BuildBody(spec), out var hello, out var error).ShouldBeTrue(error.ToString());
        return hello!;
    }
}
