using System.Formats.Asn1;

namespace Certwatch.X509.Model;

/// <summary>Names a signature AlgorithmIdentifier and the hash it signs with.</summary>
internal static class SignatureAlgorithmDecoder
{
    private const string RsaPssOid = "1.2.840.113549.1.1.10";

    private static readonly Dictionary<string, (string Name, string? Hash)> Known = new()
    {
        ["1.2.840.113549.1.1.2"] = ("md2WithRSAEncryption", "MD2"),
        ["1.2.840.113549.1.1.4"] = ("md5WithRSAEncryption", "MD5"),
        ["1.2.840.113549.1.1.5"] = ("sha1WithRSAEncryption", "SHA1"),
        ["1.3.14.3.2.29"] = ("sha1WithRSASignature", "SHA1"),
        ["1.2.840.113549.1.1.14"] = ("sha224WithRSAEncryption", "SHA224"),
        ["1.2.840.113549.1.1.11"] = ("sha256WithRSAEncryption", "SHA256"),
        ["1.2.840.113549.1.1.12"] = ("sha384WithRSAEncryption", "SHA384"),
        ["1.2.840.113549.1.1.13"] = ("sha512WithRSAEncryption", "SHA512"),
        ["1.2.840.10045.4.1"] = ("ecdsa-with-SHA1", "SHA1"),
        ["1.2.840.10045.4.3.1"] = ("ecdsa-with-SHA224", "SHA224"),
        ["1.2.840.10045.4.3.2"] = ("ecdsa-with-SHA256", "SHA256"),
        ["1.2.840.10045.4.3.3"] = ("ecdsa-with-SHA384", "SHA384"),
        ["1.2.840.10045.4.3.4"] = ("ecdsa-with-SHA512", "SHA512"),
        ["1.2.840.10040.4.3"] = ("dsa-with-SHA1", "SHA1"),
        ["2.16.840.1.101.3.4.3.1"] = ("dsa-with-SHA224", "SHA224"),
        ["2.16.840.1.101.3.4.3.2"] = ("dsa-with-SHA256", "SHA256"),
        ["1.3.101.112"] = ("Ed25519", null),
        ["1.3.101.113"] = ("Ed448", null),
    };

    private static readonly Dictionary<string, string> HashOids = new()
    {
        ["1.2.840.113549.2.5"] = "MD5",
        ["1.3.14.3.2.26"] = "SHA1",
        ["2.16.840.1.101.3.4.2.4"] = "SHA224",
        ["2.16.840.1.101.3.4.2.1"] = "SHA256",
        ["2.16.840.1.101.3.4.2.2"] = "SHA384",
        ["2.16.840.1.101.3.4.2.3"] = "SHA512",
    };

    public static SignatureAlgorithmInfo Decode(ReadOnlyMemory<byte> algorithmIdentifierDer)
    {
        var identifier = new AsnReader(algorithmIdentifierDer, AsnEncodingRules.DER).ReadSequence();
        var oid = identifier.ReadObjectIdentifier();
        if (oid == RsaPssOid)
        {
            return new SignatureAlgorithmInfo(oid, "rsassaPss", PssHash(identifier));
        }

        return Known.TryGetValue(oid, out var known)
            ? new SignatureAlgorithmInfo(oid, known.Name, known.Hash)
            : new SignatureAlgorithmInfo(oid, oid, null);
    }

    /// <summary>RFC 4055 §3.1: RSASSA-PSS-params; the hash defaults to SHA-1 when absent.</summary>
    private static string? PssHash(AsnReader identifier)
    {
        if (!identifier.HasData)
        {
            return "SHA1";
        }

        var parameters = identifier.ReadSequence();
        var hashTag = new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true);
        if (!parameters.HasData || parameters.PeekTag() != hashTag)
        {
            return "SHA1";
        }

        var hashOid = parameters.ReadSequence(hashTag).ReadSequence().ReadObjectIdentifier();
        return HashOids.GetValueOrDefault(hashOid);
    }
}
