using System.Formats.Asn1;
using System.Security.Cryptography;
using Certwatch.TestKit.Pki;

namespace Certwatch.TestKit.Servers.Pki;

/// <summary>
/// Encodes OCSP responses for tests (RFC 6960 §4.2.1): a BasicOCSPResponse for one CertID, signed with the
/// given key (RSA PKCS#1 SHA-256 or ECDSA SHA-256), optionally carrying the delegated responder's certificate.
/// </summary>
public static class OcspResponseWriter
{
    private static readonly Asn1Tag Explicit0 = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag Explicit1 = new(TagClass.ContextSpecific, 1, isConstructed: true);

    /// <summary>The SHA-1 CertID (RFC 6960 §4.1.1) of <paramref name="certificate"/> issued by <paramref name="issuer"/>, DER.</summary>
    public static byte[] CertId(IssuedCertificate certificate, IssuedCertificate issuer)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier("1.3.14.3.2.26");
                writer.WriteNull();
            }

            writer.WriteOctetString(SHA1.HashData(issuer.Certificate.SubjectName.RawData));
            writer.WriteOctetString(SHA1.HashData(issuer.Certificate.PublicKey.EncodedKeyValue.RawData));
            writer.WriteInteger(certificate.Certificate.SerialNumberBytes.Span);
        }

        return writer.Encode();
    }

    public static byte[] Unsuccessful(int status)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteEnumeratedValue((OcspStatusCode)status);
        }

        return writer.Encode();
    }

    public static byte[] Successful(
        byte[] certIdDer, OcspCertStatus status, DateTimeOffset now, IssuedCertificate signer, bool includeSigner,
        DateTimeOffset? revokedAt = null, int? reason = null, byte[]? nonce = null, TimeSpan? validity = null)
    {
        var data = ResponseData(certIdDer, status, now, signer, revokedAt, reason, nonce, validity ?? TimeSpan.FromDays(4));
        var (algorithm, signature) = Sign(data, signer.Key);
        var basic = new AsnWriter(AsnEncodingRules.DER);
        using (basic.PushSequence())
        {
            basic.WriteEncodedValue(data);
            using (basic.PushSequence())
            {
                basic.WriteObjectIdentifier(algorithm);
            }

            basic.WriteBitString(signature);
            if (includeSigner)
            {
                using (basic.PushSequence(Explicit0))
                using (basic.PushSequence())
                {
                    basic.WriteEncodedValue(signer.Der);
                }
            }
        }

        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteEnumeratedValue(OcspStatusCode.Successful);
            using (writer.PushSequence(Explicit0))
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier("1.3.6.1.5.5.7.48.1.1");
                writer.WriteOctetString(basic.Encode());
            }
        }

        return writer.Encode();
    }

    private static byte[] ResponseData(byte[] certId, OcspCertStatus status, DateTimeOffset now, IssuedCertificate signer,
        DateTimeOffset? revokedAt, int? reason, byte[]? nonce, TimeSpan validity)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence(Explicit1))
            {
                writer.WriteEncodedValue(signer.Certificate.SubjectName.RawData);
            }

            writer.WriteGeneralizedTime(now, omitFractionalSeconds: true);
            using (writer.PushSequence())
            using (writer.PushSequence())
            {
                writer.WriteEncodedValue(certId);
                WriteStatus(writer, status, revokedAt ?? now.AddDays(-1), reason);
                writer.WriteGeneralizedTime(now.AddMinutes(-1), omitFractionalSeconds: true);
                using (writer.PushSequence(Explicit0))
                {
                    writer.WriteGeneralizedTime(now + validity, omitFractionalSeconds: true);
                }
            }

            if (nonce is not null)
            {
                using (writer.PushSequence(Explicit1))
                using (writer.PushSequence())
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier("1.3.6.1.5.5.7.48.1.2");
                    var inner = new AsnWriter(AsnEncodingRules.DER);
                    inner.WriteOctetString(nonce);
                    writer.WriteOctetString(inner.Encode());
                }
            }
        }

        return writer.Encode();
    }

    private static void WriteStatus(AsnWriter writer, OcspCertStatus status, DateTimeOffset revokedAt, int? reason)
    {
        switch (status)
        {
            case OcspCertStatus.Good:
                writer.WriteNull(new Asn1Tag(TagClass.ContextSpecific, 0));
                break;
            case OcspCertStatus.Unknown:
                writer.WriteNull(new Asn1Tag(TagClass.ContextSpecific, 2));
                break;
            default:
                using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 1, isConstructed: true)))
                {
                    writer.WriteGeneralizedTime(revokedAt, omitFractionalSeconds: true);
                    if (reason is { } r)
                    {
                        using (writer.PushSequence(Explicit0))
                        {
                            writer.WriteEnumeratedValue((OcspStatusCode)r);
                        }
                    }
                }

                break;
        }
    }

    private static (string Oid, byte[] Signature) Sign(byte[] data, TestKey key) => key.Algorithm switch
    {
        RSA rsa => ("1.2.840.113549.1.1.11", rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)),
        ECDsa ec => ("1.2.840.10045.4.3.2", ec.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)),
        _ => throw new NotSupportedException(key.Description),
    };

    // WriteEnumeratedValue needs an enum type; any small value fits.
    private enum OcspStatusCode
    {
        Successful = 0,
    }
}
