namespace Certwatch.Tls.Wire;

/// <summary>The signature over ServerKeyExchange parameters; <see cref="Scheme"/> is null before TLS 1.2.</summary>
public sealed record ServerKeyExchangeSignature(SignatureScheme? Scheme, ReadOnlyMemory<byte> Signature)
{
    /// <summary>Reads the signature that must fill the rest of the message.</summary>
    internal static InvalidMessage Read(ref WireReader reader, ServerKeyExchangeSignatureForm form, out ServerKeyExchangeSignature? signature)
    {
        signature = null;
        if (form == ServerKeyExchangeSignatureForm.None)
        {
            return reader.IsEmpty ? InvalidMessage.None : InvalidMessage.TrailingData;
        }

        ushort scheme = 0;
        if ((form == ServerKeyExchangeSignatureForm.WithScheme && !reader.TryReadUInt16(out scheme)) || !reader.TryReadVector16(out var bytes))
        {
            return InvalidMessage.MessageTooShort;
        }

        signature = new ServerKeyExchangeSignature(form == ServerKeyExchangeSignatureForm.WithScheme ? new SignatureScheme(scheme) : null, bytes.ToArray());
        return reader.IsEmpty ? InvalidMessage.None : InvalidMessage.TrailingData;
    }
}
