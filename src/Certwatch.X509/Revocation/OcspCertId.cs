using System.Formats.Asn1;
using System.Security.Cryptography;
using Certwatch.X509.Model;

namespace Certwatch.X509.Revocation;

/// <summary>
/// CertID (RFC 6960 §4.1.1): hash of the issuer's name and of its subjectPublicKey BIT STRING value, plus the
/// certificate's serial. SHA-1 is what RFC 5019 §2.1.1 profiles and every public responder accepts.
/// </summary>
/// <param name="HashOid">The hash algorithm (1.3.14.3.2.26 for SHA-1).</param>
/// <param name="IssuerNameHash">Hash of the issuer's DER-encoded subject name.</param>
/// <param name="IssuerKeyHash">Hash of the issuer's public key bits.</param>
/// <param name="SerialNumber">The certificate's serial (hex of the INTEGER content).</param>
public sealed record OcspCertId(string HashOid, byte[] IssuerNameHash, byte[] IssuerKeyHash, string SerialNumber)
{
    public const string Sha1Oid = "1.3.14.3.2.26";
    public const string Sha256Oid = "2.16.840.1.101.3.4.2.1";

    public static OcspCertId For(CertificateInfo certificate, CertificateInfo issuer, string hashOid = Sha1Oid)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(issuer);
        var keyBits = PublicKeyBits(issuer) ?? [];
        return new(hashOid, Hash(hashOid, issuer.SubjectNameDer), Hash(hashOid, keyBits), certificate.SerialNumber);
    }

    /// <summary>True when this CertID names the same certificate as one computed for <paramref name="certificate"/> with the same hash.</summary>
    public bool Matches(CertificateInfo certificate, CertificateInfo issuer) =>
        (HashOid is Sha1Oid or Sha256Oid) && For(certificate, issuer, HashOid) is var mine &&
        string.Equals(SerialNumber, mine.SerialNumber, StringComparison.OrdinalIgnoreCase) &&
        IssuerNameHash.AsSpan().SequenceEqual(mine.IssuerNameHash) && IssuerKeyHash.AsSpan().SequenceEqual(mine.IssuerKeyHash);

    internal void WriteTo(AsnWriter writer)
    {
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier(HashOid);
                writer.WriteNull();
            }

            writer.WriteOctetString(IssuerNameHash);
            writer.WriteOctetString(IssuerKeyHash);
            writer.WriteInteger(Convert.FromHexString(SerialNumber));
        }
    }

    internal static OcspCertId Read(AsnReader reader)
    {
        var sequence = reader.ReadSequence();
        var algorithm = sequence.ReadSequence();
        var oid = algorithm.ReadObjectIdentifier();
        var nameHash = sequence.ReadOctetString();
        var keyHash = sequence.ReadOctetString();
        var serial = Convert.ToHexString(sequence.ReadIntegerBytes().Span);
        return new(oid, nameHash, keyHash, serial);
    }

    private static byte[] Hash(string oid, byte[] data) => oid == Sha256Oid ? SHA256.HashData(data) : SHA1.HashData(data);

    private static byte[]? PublicKeyBits(CertificateInfo issuer)
    {
        var spki = Chain.CertificateDerReader.ReadSubjectPublicKeyInfo(issuer.TbsDer);
        if (spki is null)
        {
            return null;
        }

        try
        {
            var reader = new AsnReader(spki, AsnEncodingRules.DER).ReadSequence();
            reader.ReadSequence();
            return reader.ReadBitString(out _);
        }
        catch (AsnContentException)
        {
            return null;
        }
    }
}
