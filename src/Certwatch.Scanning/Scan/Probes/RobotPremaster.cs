using System.Numerics;
using System.Security.Cryptography;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// The encryption blocks of the ROBOT test and their raw RSA encryption. The blocks are deliberately malformed,
/// so no library padding can build them: <c>m^e mod n</c> is computed directly (RFC 8017 §5.1.1 RSAEP).
/// </summary>
internal static class RobotPremaster
{
    /// <summary>Smallest modulus (bytes) with room for a 48-byte secret behind 8 padding bytes (RFC 8017 §7.2.1).</summary>
    public const int MinModulusBytes = 64;

    private const int SecretBytes = 48;

    /// <summary>The <paramref name="length"/>-byte block for <paramref name="variant"/> (RFC 5246 §7.4.7.1 for the correct one).</summary>
    public static byte[] Block(RobotVariant variant, int length, ProtocolVersion clientVersion, ProbeRandom random)
    {
        var padding = NonZero(random, length - 3 - SecretBytes);
        var secret = NonZero(random, SecretBytes - 2);
        byte[] version = [clientVersion.Major, clientVersion.Minor];
        return variant switch
        {
            RobotVariant.Correct => [0x00, 0x02, .. padding, 0x00, .. version, .. secret],
            RobotVariant.WrongFirstBytes => [0x41, 0x17, .. padding, 0x00, .. version, .. secret],
            RobotVariant.NoSeparator => [0x00, 0x02, .. padding, 0x11, .. version, .. secret],
            RobotVariant.WrongVersion => [0x00, 0x02, .. padding, 0x00, 0x02, 0x02, .. secret],
            RobotVariant.WrongLength => [0x00, 0x02, .. NonZero(random, 8), 0x00, .. NonZero(random, length - 11)],
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, null),
        };
    }

    /// <summary>RSAEP: <c>block^e mod n</c>, big-endian, as long as the modulus (RFC 8017 §4.1 I2OSP).</summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> block, RSAParameters key)
    {
        var modulus = key.Modulus!;
        var n = new BigInteger(modulus, isUnsigned: true, isBigEndian: true);
        var e = new BigInteger(key.Exponent!, isUnsigned: true, isBigEndian: true);
        var c = BigInteger.ModPow(new BigInteger(block, isUnsigned: true, isBigEndian: true), e, n).ToByteArray(isUnsigned: true, isBigEndian: true);
        var output = new byte[modulus.Length];
        c.CopyTo(output, output.Length - c.Length);
        return output;
    }

    private static byte[] NonZero(ProbeRandom random, int count)
    {
        var bytes = random.Bytes(count);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] == 0 ? (byte)0x42 : bytes[i];
        }

        return bytes;
    }
}
