namespace Certwatch.Scanning.Tests.Scan.Assessment;

/// <summary>DH primes for tests: published ones copied from their RFCs, and server-specific stand-ins.</summary>
internal static class DhPrimes
{
    /// <summary>RFC 2409 §6.2, the second Oakley group (1024-bit MODP), as printed in the RFC.</summary>
    public const string Rfc2409Group2 =
        "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF";

    /// <summary>RFC 7919 Appendix A.1, ffdhe2048.</summary>
    public const string Ffdhe2048 =
        "FFFFFFFFFFFFFFFFADF85458A2BB4A9AAFDC5620273D3CF1D8B9C583CE2D3695A9E13641146433FBCC939DCE249B3EF97D2FE363630C75D8F681B202AEC4617AD3DF1ED5D5FD65612433F51F5F066ED0856365553DED1AF3B557135E7F57C935984F0C70E0E68B77E2A689DAF3EFE8721DF158A136ADE73530ACCA4F483A797ABC0AB182B324FB61D108A94BB2C8E3FBB96ADAB760D7F4681D4F42A3DE394DF4AE56EDE76372BB190B07A7C8EE0A6D709E02FCE1CDF7E2ECC03404CD28342F619172FE9CE98583FF8E4F1232EEF28183C3FE3B1B4C6FAD733BB5FCBC2EC22005C58EF1837D1683B2C6F34A26C1B2EFFA886B423861285C97FFFFFFFFFFFFFFFF";

    public static byte[] FromHex(string hex) => Convert.FromHexString(hex);

    /// <summary>A server-generated prime of <paramref name="bits"/> bits (only its size and value matter to the rules).</summary>
    public static byte[] Custom(int bits)
    {
        var bytes = new byte[bits / 8];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)((i * 37) + 11);
        }

        bytes[0] |= 0x80;
        bytes[^1] |= 0x01;
        return bytes;
    }
}
