using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Certwatch.Tls.Wire;

namespace Certwatch.TestKit.Servers.Scripted;

/// <summary>
/// A scripted server's RSA key exchange: it serves <see cref="Leaf"/> in its Certificate message, decrypts each
/// ClientKeyExchange with the leaf's private key, checks the padding the way a server does, and after the
/// client's ChangeCipherSpec and Finished answers per <see cref="Answer"/>. An answer that depends on the check
/// is a Bleichenbacher oracle (ROBOT); one that never does is a patched server.
/// </summary>
/// <param name="Leaf">A certificate with its RSA private key.</param>
public sealed record ScriptedRsaKeyExchange(X509Certificate2 Leaf)
{
    /// <summary>
    /// The alert for a key exchange, given its padding check and how many key exchanges the server saw before it
    /// (0 for the first); null closes the connection without an alert. Default: bad_record_mac, whatever the padding.
    /// </summary>
    public Func<RsaPaddingCheck, int, AlertDescription?> Answer { get; init; } = (_, _) => new AlertDescription(20);

    /// <summary>RSADP (RFC 8017 §5.1.2) with the leaf's key, then the checks of a TLS server in the order it makes them.</summary>
    public RsaPaddingCheck Check(ReadOnlySpan<byte> encrypted, ProtocolVersion clientVersion)
    {
        using var rsa = Leaf.GetRSAPrivateKey() ?? throw new InvalidOperationException("the leaf has no RSA private key");
        var key = rsa.ExportParameters(true);
        var n = new BigInteger(key.Modulus, isUnsigned: true, isBigEndian: true);
        var d = new BigInteger(key.D, isUnsigned: true, isBigEndian: true);
        var m = BigInteger.ModPow(new BigInteger(encrypted, isUnsigned: true, isBigEndian: true), d, n).ToByteArray(isUnsigned: true, isBigEndian: true);
        var block = new byte[key.Modulus!.Length];
        m.CopyTo(block, block.Length - m.Length);
        if (block[0] != 0 || block[1] != 2)
        {
            return RsaPaddingCheck.WrongBlockType;
        }

        var separator = Array.IndexOf(block, (byte)0, 2);
        return separator < 0 ? RsaPaddingCheck.NoSeparator
            : separator < 10 ? RsaPaddingCheck.ShortPadding
            : block.Length - separator - 1 != 48 ? RsaPaddingCheck.WrongLength
            : block[separator + 1] != clientVersion.Major || block[separator + 2] != clientVersion.Minor ? RsaPaddingCheck.WrongVersion
            : RsaPaddingCheck.Conforming;
    }
}
