using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Certwatch.X509.Chain;

/// <summary>
/// Imported issuer public keys, keyed by the SHA-256 of their subjectPublicKeyInfo bytes. Importing a key
/// into OpenSSL costs several times more than verifying with it, and the same CA keys recur on every check.
/// The cache changes only speed, never a result (the key is a function of the bytes), so verification stays
/// pure. Bounded: when full it is emptied. Callers lock the key while using it (.NET does not document
/// concurrent use of one key object as safe).
/// </summary>
internal static class PublicKeyCache
{
    private const int Capacity = 1024;
    private static readonly ConcurrentDictionary<string, AsymmetricAlgorithm> Keys = new(StringComparer.Ordinal);

    public static RSA Rsa(byte[] subjectPublicKeyInfo) => GetOrImport(subjectPublicKeyInfo, "RSA", spki =>
    {
        var rsa = RSA.Create();
        return Import(rsa, spki);
    });

    public static ECDsa Ecdsa(byte[] subjectPublicKeyInfo) => GetOrImport(subjectPublicKeyInfo, "EC", spki =>
    {
        var ecdsa = ECDsa.Create();
        return Import(ecdsa, spki);
    });

    private static T GetOrImport<T>(byte[] spki, string kind, Func<byte[], T> import) where T : AsymmetricAlgorithm
    {
        var cacheKey = kind + ":" + Convert.ToHexString(SHA256.HashData(spki));
        if (Keys.TryGetValue(cacheKey, out var cached))
        {
            return (T)cached;
        }

        var key = import(spki);
        if (Keys.Count >= Capacity)
        {
            Keys.Clear();
        }

        return (T)Keys.GetOrAdd(cacheKey, key);
    }

    private static T Import<T>(T key, byte[] spki) where T : AsymmetricAlgorithm
    {
        try
        {
            key.ImportSubjectPublicKeyInfo(spki, out _);
            return key;
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }
}
