using System.Formats.Asn1;
using System.Security.Cryptography;

namespace Certwatch.X509.Chain;

/// <summary>
/// Reads the two raw pieces the verifier needs that <see cref="Model.CertificateInfo"/> does not carry:
/// the subjectPublicKeyInfo (to build the issuer's key) and the outer signatureAlgorithm parameters
/// (RSA-PSS carries its hash in them, RFC 4055 §3.1). Hostile bytes give null, never an exception.
/// </summary>
internal static class CertificateDerReader
{
    /// <summary>subjectPublicKeyInfo DER from a tbsCertificate (RFC 5280 §4.1: version, serial, signature, issuer, validity, subject, spki).</summary>
    public static byte[]? ReadSubjectPublicKeyInfo(byte[] tbsDer)
    {
        try
        {
            var tbs = new AsnReader(tbsDer, AsnEncodingRules.DER).ReadSequence();
            if (tbs.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
            {
                tbs.ReadEncodedValue();
            }

            for (var skipped = 0; skipped < 5; skipped++)
            {
                tbs.ReadEncodedValue();
            }

            return tbs.ReadEncodedValue().ToArray();
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The parameters of the outer signatureAlgorithm of a Certificate, or null when absent or unreadable.</summary>
    public static byte[]? ReadSignatureAlgorithmParameters(byte[] certificateDer)
    {
        try
        {
            var certificate = new AsnReader(certificateDer, AsnEncodingRules.DER).ReadSequence();
            certificate.ReadEncodedValue();
            var algorithm = certificate.ReadSequence();
            algorithm.ReadObjectIdentifier();
            return algorithm.HasData ? algorithm.ReadEncodedValue().ToArray() : null;
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>RSASSA-PSS-params (RFC 4055 §3.1): hash OID (default SHA-1) and salt length (default 20).</summary>
    public static (string HashOid, int SaltLength)? ReadPssParameters(byte[]? parameters)
    {
        if (parameters is null)
        {
            return null;
        }

        try
        {
            var sequence = new AsnReader(parameters, AsnEncodingRules.DER).ReadSequence();
            var hashOid = "1.3.14.3.2.26";
            var saltLength = 20;
            while (sequence.HasData)
            {
                var tag = sequence.PeekTag();
                var field = sequence.ReadSequence(tag);
                if (tag.TagValue == 0)
                {
                    hashOid = field.ReadSequence().ReadObjectIdentifier();
                }
                else if (tag.TagValue == 2)
                {
                    saltLength = field.TryReadInt32(out var value) ? value : -1;
                }
            }

            return (hashOid, saltLength);
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException or ArgumentException)
        {
            return null;
        }
    }
}
