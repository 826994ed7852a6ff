using System.Diagnostics.CodeAnalysis;

namespace Certwatch.Tls.Wire;

/// <summary>
/// DHE ServerKeyExchange parameters (RFC 5246 §7.4.3 ServerDHParams): prime p, generator g and the server's
/// public value Ys. <see cref="PrimeBits"/> is the DH group size that Logjam-style checks judge (under 2048 is weak).
/// </summary>
public sealed record DheServerParameters(
    ReadOnlyMemory<byte> Prime,
    ReadOnlyMemory<byte> Generator,
    ReadOnlyMemory<byte> PublicKey,
    ServerKeyExchangeSignature? Signature)
{
    /// <summary>Bit length of p, ignoring leading zero bytes.</summary>
    public int PrimeBits => BitLength(Prime.Span);

    public int GeneratorLength => Generator.Length;

    public int PublicKeyLength => PublicKey.Length;

    /// <summary>Reads <c>opaque dh_p&lt;1..2^16-1&gt;; opaque dh_g&lt;1..2^16-1&gt;; opaque dh_Ys&lt;1..2^16-1&gt;;</c> then the signature.</summary>
    public static bool TryParse(
        ReadOnlySpan<byte> body,
        ServerKeyExchangeSignatureForm form,
        [NotNullWhen(true)] out DheServerParameters? parameters,
        out InvalidMessage error)
    {
        parameters = null;
        var reader = new WireReader(body);
        if (!reader.TryReadVector16(out var p) || !reader.TryReadVector16(out var g) || !reader.TryReadVector16(out var ys))
        {
            error = InvalidMessage.MessageTooShort;
            return false;
        }

        ServerKeyExchangeSignature? signature = null;
        error = p.IsEmpty || g.IsEmpty || ys.IsEmpty ? InvalidMessage.EmptyVector : ServerKeyExchangeSignature.Read(ref reader, form, out signature);
        parameters = error == InvalidMessage.None ? new DheServerParameters(p.ToArray(), g.ToArray(), ys.ToArray(), signature) : null;
        return parameters is not null;
    }

    private static int BitLength(ReadOnlySpan<byte> number)
    {
        var start = number.IndexOfAnyExcept((byte)0);
        return start < 0 ? 0 : ((number.Length - start - 1) * 8) + (8 - byte.LeadingZeroCount(number[start]));
    }
}
