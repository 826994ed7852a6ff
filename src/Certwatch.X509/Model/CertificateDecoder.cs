using System.Formats.Asn1;
using System.Security.Cryptography;

namespace Certwatch.X509.Model;

/// <summary>
/// Walks Certificate and TBSCertificate (RFC 5280 §4.1) with a strict DER reader. Throws
/// <see cref="MalformedCertificateException"/> naming the part that failed.
/// </summary>
internal static class CertificateDecoder
{
    private static readonly Asn1Tag VersionTag = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag ExtensionsTag = new(TagClass.ContextSpecific, 3, isConstructed: true);

    public static CertificateInfo Decode(ReadOnlyMemory<byte> der)
    {
        var bytes = der.ToArray();
        RequireOuterSequence(bytes);
        var (tbsDer, signatureAlgorithmDer, signature) = DerSection.Read("certificate", () => SplitCertificate(bytes));
        var tbs = DerSection.Read("tbsCertificate", () => TbsFields.Read(tbsDer));
        var facts = ReadExtensions(tbs.Extensions);
        var subject = DerSection.Read("subject", () => DistinguishedNameFormatter.Format(tbs.Subject));
        var issuer = DerSection.Read("issuer", () => DistinguishedNameFormatter.Format(tbs.Issuer));
        return new CertificateInfo
        {
            Der = bytes,
            Version = tbs.Version,
            Subject = subject.Text,
            Issuer = issuer.Text,
            SubjectNameDer = tbs.Subject.ToArray(),
            IssuerNameDer = tbs.Issuer.ToArray(),
            SubjectCommonName = subject.CommonName,
            IssuerCommonName = issuer.CommonName,
            SerialNumber = Convert.ToHexString(tbs.Serial.Span),
            Sha256Fingerprint = Convert.ToHexString(SHA256.HashData(bytes)),
            SpkiSha256 = Convert.ToHexString(SHA256.HashData(tbs.SubjectPublicKeyInfo.Span)),
            NotBefore = tbs.NotBefore,
            NotAfter = tbs.NotAfter,
            DnsNames = facts.DnsNames,
            IpAddresses = facts.IpAddresses,
            PublicKey = DerSection.Read("subjectPublicKeyInfo", () => PublicKeyDecoder.Decode(tbs.SubjectPublicKeyInfo)),
            SignatureAlgorithm = DerSection.Read("signatureAlgorithm", () => SignatureAlgorithmDecoder.Decode(signatureAlgorithmDer)),
            TbsDer = tbsDer.ToArray(),
            SignatureValue = signature,
            BasicConstraints = facts.BasicConstraints,
            KeyUsage = facts.KeyUsage,
            ExtendedKeyUsage = facts.ExtendedKeyUsage,
            CaIssuersUrls = facts.CaIssuersUrls,
            OcspUrls = facts.OcspUrls,
            CrlUrls = facts.CrlUrls,
            PolicyOids = facts.PolicyOids,
            ValidationLevel = facts.ValidationLevel,
            SctCount = facts.SctCount,
            MustStaple = facts.MustStaple,
            SubjectKeyId = facts.SubjectKeyId,
            AuthorityKeyId = facts.AuthorityKeyId,
            Extensions = facts.Extensions,
            NameConstraints = facts.NameConstraints,
        };
    }

    private static void RequireOuterSequence(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            DerSection.Fail("not a certificate: no data");
        }

        if (bytes[0] != 0x30)
        {
            DerSection.Fail($"not a certificate: expected SEQUENCE at offset 0, found 0x{bytes[0]:X2}");
        }
    }

    private static (ReadOnlyMemory<byte> Tbs, ReadOnlyMemory<byte> Algorithm, byte[] Signature) SplitCertificate(byte[] bytes)
    {
        AsnDecoder.ReadEncodedValue(bytes, AsnEncodingRules.DER, out _, out _, out var consumed);
        if (consumed != bytes.Length)
        {
            DerSection.Fail($"not a certificate: {bytes.Length - consumed} bytes of trailing data after the {consumed}-byte certificate");
        }

        var certificate = new AsnReader(bytes, AsnEncodingRules.DER).ReadSequence();

        var tbs = certificate.ReadEncodedValue();
        var algorithm = certificate.ReadEncodedValue();
        var signature = certificate.ReadBitString(out _);
        certificate.ThrowIfNotEmpty();
        return (tbs, algorithm, signature);
    }

    private static ExtensionFacts ReadExtensions(ReadOnlyMemory<byte>? extensionsDer)
    {
        var facts = new ExtensionFacts();
        if (extensionsDer is not { } der)
        {
            return facts;
        }

        var extensions = DerSection.Read("extensions", () => ReadExtensionList(der));
        foreach (var (oid, critical, value) in extensions)
        {
            var recognized = ExtensionDecoder.Apply(oid, critical, value, facts);
            facts.Extensions.Add(new ExtensionInfo(oid, critical, recognized, value));
        }

        return facts;
    }

    /// <summary>Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }.</summary>
    private static List<(string Oid, bool Critical, byte[] Value)> ReadExtensionList(ReadOnlyMemory<byte> der)
    {
        var list = new List<(string, bool, byte[])>();
        var extensions = new AsnReader(der, AsnEncodingRules.DER).ReadSequence(ExtensionsTag).ReadSequence();
        while (extensions.HasData)
        {
            var extension = extensions.ReadSequence();
            var oid = extension.ReadObjectIdentifier();
            var critical = extension.PeekTag() == Asn1Tag.Boolean && extension.ReadBoolean();
            list.Add((oid, critical, extension.ReadOctetString()));
            extension.ThrowIfNotEmpty();
        }

        return list;
    }

    /// <summary>The TBSCertificate fields, as raw DER where later steps decode them.</summary>
    private sealed record TbsFields(
        int Version,
        ReadOnlyMemory<byte> Serial,
        ReadOnlyMemory<byte> Issuer,
        DateTimeOffset NotBefore,
        DateTimeOffset NotAfter,
        ReadOnlyMemory<byte> Subject,
        ReadOnlyMemory<byte> SubjectPublicKeyInfo,
        ReadOnlyMemory<byte>? Extensions)
    {
        public static TbsFields Read(ReadOnlyMemory<byte> tbsDer)
        {
            var tbs = new AsnReader(tbsDer, AsnEncodingRules.DER).ReadSequence();
            var version = ReadVersion(tbs);
            var serial = tbs.ReadIntegerBytes();
            tbs.ReadSequence(); // signature: must equal the outer algorithm (RFC 5280 §4.1.2.3); the outer one is reported
            var issuer = ReadName(tbs);
            var validity = tbs.ReadSequence();
            var notBefore = ReadTime(validity);
            var notAfter = ReadTime(validity);
            validity.ThrowIfNotEmpty();
            var subject = ReadName(tbs);
            var spki = tbs.ReadEncodedValue();
            var extensions = ReadOptionalFields(tbs);
            return new TbsFields(version, serial, issuer, notBefore, notAfter, subject, spki, extensions);
        }

        /// <summary>[0] EXPLICIT Version DEFAULT v1; returned as 1, 2 or 3.</summary>
        private static int ReadVersion(AsnReader tbs)
        {
            if (tbs.PeekTag() != VersionTag)
            {
                return 1;
            }

            var wrapper = tbs.ReadSequence(VersionTag);
            if (!wrapper.TryReadInt32(out var version) || version is < 0 or > 2)
            {
                DerSection.Fail("malformed tbsCertificate: unknown certificate version");
            }

            wrapper.ThrowIfNotEmpty();
            return version + 1;
        }

        private static ReadOnlyMemory<byte> ReadName(AsnReader tbs) =>
            tbs.PeekTag() == Asn1Tag.Sequence ? tbs.ReadEncodedValue() : throw new AsnContentException($"expected a Name (SEQUENCE), found {tbs.PeekTag()}");

        /// <summary>RFC 5280 §4.1.2.5: UTCTime years 50–99 are 19xx, 00–49 are 20xx; GeneralizedTime otherwise.</summary>
        private static DateTimeOffset ReadTime(AsnReader validity) =>
            validity.PeekTag() == Asn1Tag.UtcTime ? validity.ReadUtcTime(twoDigitYearMax: 2049) : validity.ReadGeneralizedTime();

        /// <summary>issuerUniqueID [1] and subjectUniqueID [2] are skipped; extensions [3] returned whole.</summary>
        private static ReadOnlyMemory<byte>? ReadOptionalFields(AsnReader tbs)
        {
            ReadOnlyMemory<byte>? extensions = null;
            while (tbs.HasData)
            {
                var tag = tbs.PeekTag();
                if (tag.TagClass != TagClass.ContextSpecific || tag.TagValue is < 1 or > 3)
                {
                    throw new AsnContentException($"unexpected field {tag} after subjectPublicKeyInfo");
                }

                var value = tbs.ReadEncodedValue();
                extensions = tag.TagValue == 3 ? value : extensions;
            }

            return extensions;
        }
    }
}
