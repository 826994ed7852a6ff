using Certwatch.Scanning.Check;
using Certwatch.TestKit.Pki;

namespace Certwatch.Scanning.Tests.Check;

public sealed class ServedCertificateDecoderTests
{
    [Fact]
    public void Decode_OneEntryIsNotACertificate_ParsesTheRestAndNamesItsPosition()
    {
        var chain = TestPki.CreateChain("localhost", LabHostFixture.Now, leaf: s => s with { Key = TestKey.EcP256() });
        byte[] broken = [0x30, 0x03, 0x02, 0x01, 0x07];

        var (parsed, unparsable) = ServedCertificateDecoder.Decode([chain.Leaf.Der, broken, chain.Intermediate.Der]);

        parsed.Select(c => c.Sha256Fingerprint).ShouldBe([chain.Leaf.Info.Sha256Fingerprint, chain.Intermediate.Info.Sha256Fingerprint]);
        unparsable.ShouldHaveSingleItem().ShouldStartWith("certificate #2 as served: ");
    }
}
