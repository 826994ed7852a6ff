using System.Security.Cryptography;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;

namespace Certwatch.X509.Revocation;

/// <summary>
/// Verifies a signature over DER bytes (an OCSP ResponseData, RFC 6960 §4.2.1, or a TBSCertList, RFC 5280
/// §5.1.1.3) with a certificate's public key: RSA PKCS#1 v1.5 and ECDSA with SHA-1/256/384/512. Anything
/// else is "not verified" — a value, never an exception.
/// </summary>
internal static class SignedBytesVerifier
{
    public static bool Verify(byte[] signedDer, string algorithmOid, byte[] signature, CertificateInfo signer)
    {
        var spki = CertificateDerReader.ReadSubjectPublicKeyInfo(signer.TbsDer);
        if (spki is null)
        {
            return false;
        }

        try
        {
            if (SignatureVerifier.RsaPkcs1.TryGetValue(algorithmOid, out var rsaHash))
            {
                var rsa = PublicKeyCache.Rsa(spki);
                lock (rsa)
                {
                    return rsa.VerifyData(signedDer, signature, rsaHash, RSASignaturePadding.Pkcs1);
                }
            }

            if (SignatureVerifier.Ecdsa.TryGetValue(algorithmOid, out var ecHash))
            {
                var ecdsa = PublicKeyCache.Ecdsa(spki);
                lock (ecdsa)
                {
                    return ecdsa.VerifyData(signedDer, signature, ecHash, DSASignatureFormat.Rfc3279DerSequence);
                }
            }

            return false;
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }
}
