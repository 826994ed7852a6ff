using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Ids;

public class SignatureSchemeTests
{
    [Theory]
    [InlineData(0x0804, "rsa_pss_rsae_sha256")]
    [InlineData(0x0403, "ecdsa_secp256r1_sha256")]
    [InlineData(0x0201, "rsa_pkcs1_sha1")]
    [InlineData(0x0807, "ed25519")]
    [InlineData(0x0905, "mldsa65")]
    [InlineData(0x0BBB, "0x0BBB")]
    public void ToString_KnownAndUnknown_NameOrHex(int value, string expected) =>
        new SignatureScheme((ushort)value).ToString().ShouldBe(expected);
}
