namespace Certwatch.Tls.Wire;

/// <summary>
/// GREASE values (RFC 8701 §2): 0x0A0A, 0x1A1A … 0xFAFA, reserved so that servers learn to ignore unknown
/// ids. Clients such as Chrome offer them; a parser must keep them and a server must never select one.
/// </summary>
public static class Grease
{
    public static bool IsGrease(ushort value) => (value & 0x0F0F) == 0x0A0A && (value >> 12) == ((value >> 4) & 0x0F);
}
