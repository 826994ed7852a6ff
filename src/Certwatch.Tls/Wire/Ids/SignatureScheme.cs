using System.Collections.Frozen;

namespace Certwatch.Tls.Wire;

/// <summary>
/// A signature scheme (RFC 8446 §4.2.3, IANA "TLS SignatureScheme"); in TLS 1.2 the same two bytes are the HashAlgorithm/SignatureAlgorithm pair of RFC 5246 §7.4.1.4.1, whose DSA, MD5 and SHA-224 pairs are named here too.
/// Keeps unknown values (rustls <c>enum_builder!</c>): a value we have no name for still round-trips and prints in hex.
/// </summary>
public readonly record struct SignatureScheme(ushort Value)
{
    /// <summary>rsa_pkcs1_sha1 (0x0201).</summary>
    public static readonly SignatureScheme RsaPkcs1Sha1 = new(0x0201);

    /// <summary>ecdsa_sha1 (0x0203).</summary>
    public static readonly SignatureScheme EcdsaSha1 = new(0x0203);

    /// <summary>rsa_pkcs1_sha256 (0x0401).</summary>
    public static readonly SignatureScheme RsaPkcs1Sha256 = new(0x0401);

    /// <summary>ecdsa_secp256r1_sha256 (0x0403).</summary>
    public static readonly SignatureScheme EcdsaSecp256r1Sha256 = new(0x0403);

    /// <summary>rsa_pkcs1_sha384 (0x0501).</summary>
    public static readonly SignatureScheme RsaPkcs1Sha384 = new(0x0501);

    /// <summary>ecdsa_secp384r1_sha384 (0x0503).</summary>
    public static readonly SignatureScheme EcdsaSecp384r1Sha384 = new(0x0503);

    /// <summary>rsa_pkcs1_sha512 (0x0601).</summary>
    public static readonly SignatureScheme RsaPkcs1Sha512 = new(0x0601);

    /// <summary>ecdsa_secp521r1_sha512 (0x0603).</summary>
    public static readonly SignatureScheme EcdsaSecp521r1Sha512 = new(0x0603);

    /// <summary>rsa_pss_rsae_sha256 (0x0804).</summary>
    public static readonly SignatureScheme RsaPssRsaeSha256 = new(0x0804);

    /// <summary>rsa_pss_rsae_sha384 (0x0805).</summary>
    public static readonly SignatureScheme RsaPssRsaeSha384 = new(0x0805);

    /// <summary>rsa_pss_rsae_sha512 (0x0806).</summary>
    public static readonly SignatureScheme RsaPssRsaeSha512 = new(0x0806);

    /// <summary>ed25519 (0x0807).</summary>
    public static readonly SignatureScheme Ed25519 = new(0x0807);

    /// <summary>ed448 (0x0808).</summary>
    public static readonly SignatureScheme Ed448 = new(0x0808);

    /// <summary>rsa_pss_pss_sha256 (0x0809).</summary>
    public static readonly SignatureScheme RsaPssPssSha256 = new(0x0809);

    /// <summary>rsa_pss_pss_sha384 (0x080A).</summary>
    public static readonly SignatureScheme RsaPssPssSha384 = new(0x080A);

    /// <summary>rsa_pss_pss_sha512 (0x080B).</summary>
    public static readonly SignatureScheme RsaPssPssSha512 = new(0x080B);

    // IANA TLS SignatureScheme registry, plus the RFC 5246 hash/signature pairs it does not list.
    private static readonly FrozenDictionary<ushort, string> Names = new Dictionary<ushort, string>
    {
        [0x0101] = "rsa_md5",
        [0x0201] = "rsa_pkcs1_sha1",
        [0x0202] = "dsa_sha1",
        [0x0203] = "ecdsa_sha1",
        [0x0301] = "rsa_sha224",
        [0x0302] = "dsa_sha224",
        [0x0303] = "ecdsa_sha224",
        [0x0401] = "rsa_pkcs1_sha256",
        [0x0402] = "dsa_sha256",
        [0x0403] = "ecdsa_secp256r1_sha256",
        [0x0420] = "rsa_pkcs1_sha256_legacy",
        [0x0501] = "rsa_pkcs1_sha384",
        [0x0502] = "dsa_sha384",
        [0x0503] = "ecdsa_secp384r1_sha384",
        [0x0520] = "rsa_pkcs1_sha384_legacy",
        [0x0601] = "rsa_pkcs1_sha512",
        [0x0602] = "dsa_sha512",
        [0x0603] = "ecdsa_secp521r1_sha512",
        [0x0620] = "rsa_pkcs1_sha512_legacy",
        [0x0704] = "eccsi_sha256",
        [0x0705] = "iso_ibs1",
        [0x0706] = "iso_ibs2",
        [0x0707] = "iso_chinese_ibs",
        [0x0708] = "sm2sig_sm3",
        [0x0709] = "gostr34102012_256a",
        [0x070A] = "gostr34102012_256b",
        [0x070B] = "gostr34102012_256c",
        [0x070C] = "gostr34102012_256d",
        [0x070D] = "gostr34102012_512a",
        [0x070E] = "gostr34102012_512b",
        [0x070F] = "gostr34102012_512c",
        [0x0804] = "rsa_pss_rsae_sha256",
        [0x0805] = "rsa_pss_rsae_sha384",
        [0x0806] = "rsa_pss_rsae_sha512",
        [0x0807] = "ed25519",
        [0x0808] = "ed448",
        [0x0809] = "rsa_pss_pss_sha256",
        [0x080A] = "rsa_pss_pss_sha384",
        [0x080B] = "rsa_pss_pss_sha512",
        [0x081A] = "ecdsa_brainpoolP256r1tls13_sha256",
        [0x081B] = "ecdsa_brainpoolP384r1tls13_sha384",
        [0x081C] = "ecdsa_brainpoolP512r1tls13_sha512",
        [0x0904] = "mldsa44",
        [0x0905] = "mldsa65",
        [0x0906] = "mldsa87",
    }.ToFrozenDictionary();

    /// <summary>The registry name, or null for a value we do not know.</summary>
    public string? Name => Names.GetValueOrDefault(Value);

    public override string ToString() => Name ?? (Grease.IsGrease(Value) ? $"GREASE(0x{Value:X4})" : $"0x{Value:X4}");
}
