namespace Certwatch.Tls.Wire;

/// <summary>A key share (RFC 8446 §4.2.8): <c>NamedGroup group; opaque key_exchange&lt;1..2^16-1&gt;;</c></summary>
public sealed record KeyShareEntry(NamedGroup Group, ReadOnlyMemory<byte> KeyExchange)
{
    public override string ToString() => $"{Group} ({KeyExchange.Length}-byte key)";
}
