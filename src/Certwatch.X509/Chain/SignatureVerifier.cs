using System.Security.Cryptography;
using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>
/// Verifies a certificate's signature with its issuer's public key: RSA PKCS#1 v1.5 (RFC 8017 §8.2) with
/// SHA-1/256/384/512, RSA-PSS (RFC 4055, hash from the parameters) and ECDSA (RFC 5758 §3.2, DER
/// Ecdsa-Sig-Value). Anything else (SHA-224, which .NET cannot hash; Ed25519; DSA; MD5) is reported as unsupported — never thrown.
/// </summary>
internal static class SignatureVerifier
{
    private const string RsaPssOid = "1.2.840.113549.1.1.10";

    /// <summary>RSA PKCS#1 v1.5 signature algorithm OIDs and their hashes (RFC 8017, RFC 4055).</summary>
    internal static readonly IReadOnlyDictionary<string, HashAlgorithmName> RsaPkcs1 = new Dictionary<string, HashAlgorithmName>(StringComparer.Ordinal)
    {
        ["1.2.840.113549.1.1.5"] = HashAlgorithmName.SHA1,
        ["1.2.840.113549.1.1.11"] = HashAlgorithmName.SHA256,
        ["1.2.840.113549.1.1.12"] = HashAlgorithmName.SHA384,
        ["1.2.840.113549.1.1.13"] = HashAlgorithmName.SHA512,
    };

    /// <summary>ECDSA signature algorithm OIDs and their hashes (RFC 5758 §3.2, RFC 3279).</summary>
    internal static readonly IReadOnlyDictionary<string, HashAlgorithmName> Ecdsa = new Dictionary<string, HashAlgorithmName>(StringComparer.Ordinal)
    {
        ["1.2.840.10045.4.1"] = HashAlgorithmName.SHA1,
        ["1.2.840.10045.4.3.2"] = HashAlgorithmName.SHA256,
        ["1.2.840.10045.4.3.3"] = HashAlgorithmName.SHA384,
        ["1.2.840.10045.4.3.4"] = HashAlgorithmName.SHA512,
    };

    private static readonly Dictionary<string, HashAlgorithmName> HashByOid = new(StringComparer.Ordinal)
    {
        ["1.3.14.3.2.26"] = HashAlgorithmName.SHA1,
        ["2.16.840.1.101.3.4.2.1"] = HashAlgorithmName.SHA256,
        ["2.16.840.1.101.3.4.2.2"] = HashAlgorithmName.SHA384,
        ["2.16.840.1.101.3.4.2.3"] = HashAlgorithmName.SHA512,
    };

    public static SignatureOutcome Verify(CertificateInfo certificate, CertificateInfo issuer)
    {
        var oid = certificate.SignatureAlgorithm.Oid;
        var spki = CertificateDerReader.ReadSubjectPublicKeyInfo(issuer.TbsDer);
        if (spki is null)
        {
            return new(SignatureStatus.Invalid, $"the public key of '{issuer.DisplayName}' could not be read");
        }

        try
        {
            if (RsaPkcs1.TryGetValue(oid, out var pkcs1Hash))
            {
                return VerifyRsa(certificate, spki, pkcs1Hash, RSASignaturePadding.Pkcs1, issuer);
            }

            if (oid == RsaPssOid)
            {
                return VerifyRsaPss(certificate, spki, issuer);
            }

            if (Ecdsa.TryGetValue(oid, out var ecdsaHash))
            {
                return VerifyEcdsa(certificate, spki, ecdsaHash, issuer);
            }

            return Unsupported(certificate);
        }
        catch (CryptographicException e)
        {
            return new(SignatureStatus.Invalid, $"the signature could not be checked with the key of '{issuer.DisplayName}' ({issuer.PublicKey}): {e.Message}");
        }
        catch (Exception e) when (e is ArgumentException or PlatformNotSupportedException or NotSupportedException)
        {
            return Unsupported(certificate);
        }
    }

    private static SignatureOutcome VerifyRsa(CertificateInfo certificate, byte[] spki, HashAlgorithmName hash, RSASignaturePadding padding, CertificateInfo issuer)
    {
        var rsa = PublicKeyCache.Rsa(spki);
        bool verified;
        lock (rsa)
        {
            verified = rsa.VerifyData(certificate.TbsDer, certificate.SignatureValue, hash, padding);
        }

        return verified ? SignatureOutcome.Valid : Mismatch(certificate, issuer);
    }

    private static SignatureOutcome VerifyRsaPss(CertificateInfo certificate, byte[] spki, CertificateInfo issuer)
    {
        var parameters = CertificateDerReader.ReadPssParameters(CertificateDerReader.ReadSignatureAlgorithmParameters(certificate.Der));
        if (parameters is not { } pss || !HashByOid.TryGetValue(pss.HashOid, out var hash))
        {
            return Unsupported(certificate);
        }

        var outcome = VerifyRsa(certificate, spki, hash, RSASignaturePadding.Pss, issuer);

        // .NET verifies PSS with salt length = hash length; another salt length is a limitation of ours, not proof of a bad signature.
        var hashLength = hash == HashAlgorithmName.SHA1 ? 20 : hash == HashAlgorithmName.SHA256 ? 32 : hash == HashAlgorithmName.SHA384 ? 48 : 64;
        return outcome.Status == SignatureStatus.Invalid && pss.SaltLength != hashLength
            ? new(SignatureStatus.Unsupported, $"RSA-PSS with salt length {pss.SaltLength} (not {hashLength}) cannot be verified by Certwatch")
            : outcome;
    }

    private static SignatureOutcome VerifyEcdsa(CertificateInfo certificate, byte[] spki, HashAlgorithmName hash, CertificateInfo issuer)
    {
        var ecdsa = PublicKeyCache.Ecdsa(spki);
        bool verified;
        lock (ecdsa)
        {
            verified = ecdsa.VerifyData(certificate.TbsDer, certificate.SignatureValue, hash, DSASignatureFormat.Rfc3279DerSequence);
        }

        return verified ? SignatureOutcome.Valid : Mismatch(certificate, issuer);
    }

    private static SignatureOutcome Mismatch(CertificateInfo certificate, CertificateInfo issuer) =>
        new(SignatureStatus.Invalid,
            $"the {certificate.SignatureAlgorithm} signature does not verify with the key of '{issuer.DisplayName}' ({issuer.PublicKey}, SPKI SHA-256 {issuer.SpkiSha256}) (it was signed by another key with the same issuer name, or altered after signing)");

    private static SignatureOutcome Unsupported(CertificateInfo certificate) =>
        new(SignatureStatus.Unsupported,
            $"signature algorithm {certificate.SignatureAlgorithm} ({certificate.SignatureAlgorithm.Oid}) is not one Certwatch can verify");
}
