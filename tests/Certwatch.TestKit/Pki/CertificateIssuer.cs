using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Certwatch.TestKit.Pki;

/// <summary>Turns a <see cref="CertificateSpec"/> into a signed certificate.</summary>
internal static class CertificateIssuer
{
    public static IssuedCertificate Issue(CertificateSpec spec)
    {
        var key = spec.Key ?? TestKey.Rsa(2048);
        var subject = SubjectName(spec.Subject);
        var publicKey = spec.SubjectPublicKey ?? key.PublicKey;
        if (spec.SubjectPublicKey is not null && spec.Issuer is null)
        {
            throw new ArgumentException("A certificate with SubjectPublicKey cannot be self-signed: set Issuer.", nameof(spec));
        }

        var request = new CertificateRequest(subject, publicKey, spec.SignatureHash);
        foreach (var extension in Extensions(spec, publicKey, subject))
        {
            request.CertificateExtensions.Add(extension);
        }

        var signer = spec.Issuer?.Key ?? key;
        var issuerName = spec.Issuer?.Certificate.SubjectName ?? subject;
        using var publicCertificate = request.Create(issuerName, Generator(signer, spec), spec.NotBefore, spec.NotAfter, spec.SerialNumber ?? RandomSerial());
        var certificate = spec.SubjectPublicKey is null
            ? WithUsableKey(publicCertificate, key)
            : X509CertificateLoader.LoadCertificate(publicCertificate.RawData);
        return new IssuedCertificate(certificate, publicCertificate.RawData, key);
    }

    private static X500DistinguishedName SubjectName(string subject) =>
        new(subject.Length == 0 || subject.Contains('=', StringComparison.Ordinal) ? subject : "CN=" + subject);

    private static X509SignatureGenerator Generator(TestKey signer, CertificateSpec spec) =>
        spec.UseRsaPss && signer.RsaKey is { } rsa
            ? X509SignatureGenerator.CreateForRSA(rsa, RSASignaturePadding.Pss)
            : new TestSignatureGenerator(signer);

    private static byte[] RandomSerial()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] = (byte)((serial[0] & 0x7F) | 0x01); // positive, minimal encoding
        return serial;
    }

    /// <summary>Ephemeral keys from CopyWithPrivateKey are not always usable by SslStream; a PKCS#12 round trip is.</summary>
    private static X509Certificate2 WithUsableKey(X509Certificate2 certificate, TestKey key)
    {
        using var withKey = key.AttachTo(certificate);
        var pfx = withKey.Export(X509ContentType.Pkcs12);
        return X509CertificateLoader.LoadPkcs12(pfx, null, X509KeyStorageFlags.Exportable);
    }

    private static IEnumerable<X509Extension> Extensions(CertificateSpec spec, PublicKey publicKey, X500DistinguishedName subject)
    {
        if (spec.BasicConstraints is { } bc)
        {
            yield return new X509BasicConstraintsExtension(bc.IsCa, bc.PathLength.HasValue, bc.PathLength ?? 0, bc.Critical);
        }

        if (spec.KeyUsage is { } usage)
        {
            yield return new X509KeyUsageExtension(usage, spec.KeyUsageCritical);
        }

        if (spec.ExtendedKeyUsages is { } ekus)
        {
            var oids = new OidCollection();
            foreach (var oid in ekus)
            {
                oids.Add(new Oid(oid));
            }

            yield return new X509EnhancedKeyUsageExtension(oids, critical: false);
        }

        if (spec.DnsNames.Count > 0 || spec.IpAddresses.Count > 0)
        {
            yield return SubjectAlternativeNames(spec, subject);
        }

        var ski = new X509SubjectKeyIdentifierExtension(publicKey, critical: false);
        if (spec.IncludeSubjectKeyId)
        {
            yield return ski;
        }

        if (spec.IncludeAuthorityKeyId)
        {
            var issuerKeyId = spec.Issuer is null ? ski.SubjectKeyIdentifierBytes : IssuerKeyId(spec.Issuer);
            yield return X509AuthorityKeyIdentifierExtension.CreateFromSubjectKeyIdentifier(issuerKeyId.Span);
        }

        foreach (var extension in AccessExtensions(spec))
        {
            yield return extension;
        }

        foreach (var extension in spec.ExtraExtensions)
        {
            yield return extension;
        }
    }

    private static IEnumerable<X509Extension> AccessExtensions(CertificateSpec spec)
    {
        if (spec.CaIssuersUrls.Count > 0 || spec.OcspUrls.Count > 0)
        {
            yield return new X509AuthorityInformationAccessExtension(spec.OcspUrls, spec.CaIssuersUrls);
        }

        if (spec.CrlUrls.Count > 0)
        {
            yield return CertificateRevocationListBuilder.BuildCrlDistributionPointExtension(spec.CrlUrls);
        }

        if (spec.PolicyOids.Count > 0)
        {
            yield return TestExtensionEncoder.Policies(spec.PolicyOids);
        }

        if (spec.MustStaple)
        {
            yield return TestExtensionEncoder.MustStaple();
        }

        if (spec.SctCount is { } count)
        {
            yield return TestExtensionEncoder.SctList(count);
        }
    }

    /// <summary>RFC 5280 §4.2.1.6: the SAN is critical when the subject is empty. Names are written as given (no IDN mapping) so tests can present odd ones.</summary>
    private static X509Extension SubjectAlternativeNames(CertificateSpec spec, X500DistinguishedName subject)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            foreach (var name in spec.DnsNames)
            {
                writer.WriteCharacterString(UniversalTagNumber.IA5String, name, new Asn1Tag(TagClass.ContextSpecific, 2));
            }

            foreach (var address in spec.IpAddresses)
            {
                writer.WriteOctetString(address.GetAddressBytes(), new Asn1Tag(TagClass.ContextSpecific, 7));
            }
        }

        return new X509Extension("2.5.29.17", writer.Encode(), critical: subject.RawData.Length <= 2);
    }

    private static ReadOnlyMemory<byte> IssuerKeyId(IssuedCertificate issuer) =>
        issuer.Certificate.Extensions.OfType<X509SubjectKeyIdentifierExtension>().FirstOrDefault()?.SubjectKeyIdentifierBytes
        ?? new X509SubjectKeyIdentifierExtension(issuer.Key.PublicKey, critical: false).SubjectKeyIdentifierBytes;
}
