using System.Text;

namespace Certwatch.TestKit.Dns;

/// <summary>Uncompressed wire names (RFC 1035 §3.1) for fake replies.</summary>
public static class FakeWireName
{
    /// <summary>A pointer to offset 12, where the question name of every reply starts.</summary>
    public static byte[] PointerToQuestion => [0xC0, 0x0C];

    public static byte[] Encode(string name) =>
        [.. name.TrimEnd('.').Split('.', StringSplitOptions.RemoveEmptyEntries).SelectMany(l => (byte[])[(byte)l.Length, .. Encoding.ASCII.GetBytes(l)]), 0];
}
