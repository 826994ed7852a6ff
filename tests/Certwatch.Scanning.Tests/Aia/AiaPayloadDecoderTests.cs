using System.Text;
using Certwatch.Scanning.Aia;
using Certwatch.TestKit.Servers.Pki;

namespace Certwatch.Scanning.Tests.Aia;

public sealed class AiaPayloadDecoderTests(AiaPkiFixture pki) : IClassFixture<AiaPkiFixture>
{
    [Fact]
    public void Decode_Pkcs7WithTwoCertificates_ReturnsBoth()
    {
        var (certificates, error) = AiaPayloadDecoder.Decode(AiaServer.Pkcs7([pki.Chain.Intermediate, pki.Chain.Root]));

        error.ShouldBeNull();
        certificates.Select(c => c.DisplayName).ShouldBe(["Lab Issuing CA", "Certwatch Test Root"]);
    }

    [Fact]
    public void Decode_Pem_ReturnsTheCertificate()
    {
        var (certificates, _) = AiaPayloadDecoder.Decode(Encoding.ASCII.GetBytes(pki.Chain.Intermediate.Pem));

        certificates.ShouldHaveSingleItem().DisplayName.ShouldBe("Lab Issuing CA");
    }

    [Theory]
    [InlineData(new byte[0], "empty response")]
    [InlineData(new byte[] { 0x30, 0x80, 0x01 }, "neither a DER certificate")]
    public void Decode_Garbage_ErrorNeverThrows(byte[] body, string reason)
    {
        var (certificates, error) = AiaPayloadDecoder.Decode(body);

        certificates.ShouldBeEmpty();
        error.ShouldNotBeNull().ShouldContain(reason);
    }
}
