using System.Security.Cryptography;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// Key shares a TLS 1.3 server accepts as well-formed (RFC 8446 §4.2.8.2): x25519 is any 32 bytes (RFC 7748
/// §5 clamps), x448 any 56; NIST curves need a real uncompressed point, so one is generated. Probes never
/// finish the handshake, so the private halves are thrown away.
/// </summary>
internal static class KeyShares
{
    public static KeyShareEntry? For(NamedGroup group, ProbeRandom random)
    {
        if (group == NamedGroup.X25519)
        {
            return new KeyShareEntry(group, random.Bytes(32));
        }

        if (group == NamedGroup.X448)
        {
            return new KeyShareEntry(group, random.Bytes(56));
        }

        var curve = group.Value switch
        {
            0x0017 => ECCurve.NamedCurves.nistP256,
            0x0018 => ECCurve.NamedCurves.nistP384,
            0x0019 => ECCurve.NamedCurves.nistP521,
            _ => (ECCurve?)null,
        };
        return curve is { } named ? new KeyShareEntry(group, UncompressedPoint(named)) : null;
    }

    // RFC 8446 §4.2.8.2: UncompressedPointRepresentation { legacy_form = 4; X; Y }.
    private static byte[] UncompressedPoint(ECCurve curve)
    {
        using var key = ECDiffieHellman.Create(curve);
        var point = key.ExportParameters(false).Q;
        return [0x04, .. point.X!, .. point.Y!];
    }
}
