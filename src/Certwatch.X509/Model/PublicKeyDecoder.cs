using System.Formats.Asn1;

namespace Certwatch.X509.Model;

/// <summary>Reads the algorithm, size and curve of a SubjectPublicKeyInfo (RFC 5280 §4.1.2.7).</summary>
internal static class PublicKeyDecoder
{
    private const string RsaOid = "1.2.840.113549.1.1.1";
    private const string RsaPssOid = "1.2.840.113549.1.1.10";
    private const string EcOid = "1.2.840.10045.2.1";
    private const string DsaOid = "1.2.840.10040.4.1";

    private static readonly Dictionary<string, (string Name, int Bits)> Curves = new()
    {
        ["1.2.840.10045.3.1.1"] = ("P-192", 192),
        ["1.3.132.0.33"] = ("P-224", 224),
        ["1.2.840.10045.3.1.7"] = ("P-256", 256),
        ["1.3.132.0.34"] = ("P-384", 384),
        ["1.3.132.0.35"] = ("P-521", 521),
        ["1.3.132.0.10"] = ("secp256k1", 256),
        ["1.3.36.3.3.2.8.1.1.7"] = ("brainpoolP256r1", 256),
        ["1.3.36.3.3.2.8.1.1.11"] = ("brainpoolP384r1", 384),
        ["1.3.36.3.3.2.8.1.1.13"] = ("brainpoolP512r1", 512),
    };

    private static readonly Dictionary<string, (string Name, int Bits)> FixedSize = new()
    {
        ["1.3.101.112"] = ("Ed25519", 256),
        ["1.3.101.113"] = ("Ed448", 448),
        ["1.3.101.110"] = ("X25519", 256),
        ["1.3.101.111"] = ("X448", 448),
    };

    public static PublicKeyInfo Decode(ReadOnlyMemory<byte> spkiDer)
    {
        var spki = new AsnReader(spkiDer, AsnEncodingRules.DER).ReadSequence();
        var algorithm = spki.ReadSequence();
        var oid = algorithm.ReadObjectIdentifier();
        ReadOnlyMemory<byte>? parameters = algorithm.HasData ? algorithm.ReadEncodedValue() : null;
        algorithm.ThrowIfNotEmpty();
        var key = spki.ReadBitString(out _);
        spki.ThrowIfNotEmpty();
        return oid switch
        {
            RsaOid => new PublicKeyInfo("RSA", RsaModulusBits(key), null, oid),
            RsaPssOid => new PublicKeyInfo("RSA-PSS", RsaModulusBits(key), null, oid),
            EcOid => EcKey(parameters, key, oid),
            DsaOid => new PublicKeyInfo("DSA", DsaBits(parameters, key), null, oid),
            _ when FixedSize.TryGetValue(oid, out var known) => new PublicKeyInfo(known.Name, known.Bits, null, oid),
            _ => new PublicKeyInfo(oid, key.Length * 8, null, oid),
        };
    }

    private static int RsaModulusBits(byte[] key)
    {
        var rsaPublicKey = new AsnReader(key, AsnEncodingRules.DER).ReadSequence();
        return UnsignedBitLength(rsaPublicKey.ReadIntegerBytes().Span);
    }

    /// <summary>RFC 5480 §2.1.1: namedCurve is the only form CAs may use; explicit parameters are sized from the point.</summary>
    private static PublicKeyInfo EcKey(ReadOnlyMemory<byte>? parameters, byte[] key, string oid)
    {
        if (parameters is { } p && new AsnReader(p, AsnEncodingRules.DER).PeekTag() == Asn1Tag.ObjectIdentifier)
        {
            var curveOid = new AsnReader(p, AsnEncodingRules.DER).ReadObjectIdentifier();
            return Curves.TryGetValue(curveOid, out var curve)
                ? new PublicKeyInfo("EC", curve.Bits, curve.Name, oid)
                : new PublicKeyInfo("EC", (key.Length - 1) / 2 * 8, curveOid, oid);
        }

        return new PublicKeyInfo("EC", (key.Length - 1) / 2 * 8, "explicit parameters", oid);
    }

    /// <summary>Dss-Parms is SEQUENCE { p, q, g }; without parameters (inherited from the issuer) use y.</summary>
    private static int DsaBits(ReadOnlyMemory<byte>? parameters, byte[] key)
    {
        if (parameters is { } p && new AsnReader(p, AsnEncodingRules.DER).PeekTag() == Asn1Tag.Sequence)
        {
            return UnsignedBitLength(new AsnReader(p, AsnEncodingRules.DER).ReadSequence().ReadIntegerBytes().Span);
        }

        return UnsignedBitLength(new AsnReader(key, AsnEncodingRules.DER).ReadIntegerBytes().Span);
    }

    private static int UnsignedBitLength(ReadOnlySpan<byte> integer)
    {
        var trimmed = integer.TrimStart((byte)0);
        return trimmed.IsEmpty ? 0 : ((trimmed.Length - 1) * 8) + (8 - byte.LeadingZeroCount(trimmed[0]));
    }
}
