using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Certwatch.TestKit.Pki;

/// <summary>
/// Signs with any hash, SHA-1 and MD5 included: .NET's built-in RSA and ECDSA generators refuse them,
/// and the weak-signature findings need such certificates.
/// </summary>
internal sealed class TestSignatureGenerator(TestKey key) : X509SignatureGenerator
{
    public override byte[] GetSignatureAlgorithmIdentifier(HashAlgorithmName hashAlgorithm)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(SignatureOid(hashAlgorithm));
            if (key.RsaKey is not null)
            {
                // RFC 4055 §5: the parameters of the PKCS#1 v1.5 algorithms are NULL.
                writer.WriteNull();
            }
        }

        return writer.Encode();
    }

    public override byte[] SignData(byte[] data, HashAlgorithmName hashAlgorithm) => key.Algorithm switch
    {
        RSA rsa => rsa.SignData(data, hashAlgorithm, RSASignaturePadding.Pkcs1),
        ECDsa ec => ec.SignData(data, hashAlgorithm, DSASignatureFormat.Rfc3279DerSequence),
        _ => throw new NotSupportedException(key.Description),
    };

    protected override PublicKey BuildPublicKey() => key.PublicKey;

    private string SignatureOid(HashAlgorithmName hash) => (key.RsaKey is not null, hash.Name) switch
    {
        (true, "MD5") => "1.2.840.113549.1.1.4",
        (true, "SHA1") => "1.2.840.113549.1.1.5",
        (true, "SHA256") => "1.2.840.113549.1.1.11",
        (true, "SHA384") => "1.2.840.113549.1.1.12",
        (true, "SHA512") => "1.2.840.113549.1.1.13",
        (false, "SHA1") => "1.2.840.10045.4.1",
        (false, "SHA256") => "1.2.840.10045.4.3.2",
        (false, "SHA384") => "1.2.840.10045.4.3.3",
        (false, "SHA512") => "1.2.840.10045.4.3.4",
        _ => throw new NotSupportedException($"{key.Description} with {hash.Name}"),
    };
}
