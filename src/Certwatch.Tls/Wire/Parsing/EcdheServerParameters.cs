using System.Diagnostics.CodeAnalysis;

namespace Certwatch.Tls.Wire;

/// <summary>
/// ECDHE ServerKeyExchange parameters (RFC 8422 §5.4): the named curve the server chose and its public point,
/// from which a scanner judges the key-exchange strength of a TLS 1.2 connection.
/// </summary>
public sealed record EcdheServerParameters(NamedGroup Group, ReadOnlyMemory<byte> PublicKey, ServerKeyExchangeSignature? Signature)
{
    private const byte NamedCurve = 3;

    public int PublicKeyLength => PublicKey.Length;

    /// <summary>Reads <c>ECParameters curve_params; ECPoint public; signature</c> with curve_type named_curve(3).</summary>
    public static bool TryParse(
        ReadOnlySpan<byte> body,
        ServerKeyExchangeSignatureForm form,
        [NotNullWhen(true)] out EcdheServerParameters? parameters,
        out InvalidMessage error)
    {
        parameters = null;
        var reader = new WireReader(body);
        if (!reader.TryReadUInt8(out var curveType))
        {
            error = InvalidMessage.MessageTooShort;
            return false;
        }

        if (curveType != NamedCurve)
        {
            error = InvalidMessage.UnsupportedCurveType;
            return false;
        }

        if (!reader.TryReadUInt16(out var group) || !reader.TryReadVector8(out var point))
        {
            error = InvalidMessage.MessageTooShort;
            return false;
        }

        // RFC 8422 §5.4: ECPoint is opaque point<1..2^8-1>
        ServerKeyExchangeSignature? signature = null;
        error = point.IsEmpty ? InvalidMessage.EmptyVector : ServerKeyExchangeSignature.Read(ref reader, form, out signature);
        parameters = error == InvalidMessage.None ? new EcdheServerParameters(new NamedGroup(group), point.ToArray(), signature) : null;
        return parameters is not null;
    }
}
