using System.Buffers.Binary;
using System.Net;
using System.Text;

namespace Certwatch.TestKit.Dns;

/// <summary>RDATA bytes for the record types the client reads, written by hand from the RFC layouts.</summary>
public static class FakeRdata
{
    public static byte[] Address(string address) => IPAddress.Parse(address).GetAddressBytes();

    public static byte[] Name(string name) => FakeWireName.Encode(name);

    public static byte[] Mx(ushort preference, string exchange) => [.. Uint16(preference), .. FakeWireName.Encode(exchange)];

    public static byte[] Txt(params string[] strings) =>
        [.. strings.SelectMany(s => (byte[])[(byte)Encoding.UTF8.GetByteCount(s), .. Encoding.UTF8.GetBytes(s)])];

    public static byte[] Caa(byte flags, string tag, string value) =>
        [flags, (byte)tag.Length, .. Encoding.ASCII.GetBytes(tag), .. Encoding.UTF8.GetBytes(value)];

    public static byte[] Tlsa(byte usage, byte selector, byte matchingType, byte[] data) => [usage, selector, matchingType, .. data];

    public static byte[] Soa(string primary, string mailbox, uint serial, uint minimum) =>
        [.. FakeWireName.Encode(primary), .. FakeWireName.Encode(mailbox), .. Uint32(serial), .. Uint32(7200), .. Uint32(3600), .. Uint32(1209600), .. Uint32(minimum)];

    internal static byte[] Uint16(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, value);
        return bytes;
    }

    internal static byte[] Uint32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }
}
