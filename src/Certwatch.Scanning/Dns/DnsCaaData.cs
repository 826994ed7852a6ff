using System.Text;

namespace Certwatch.Scanning.Dns;

/// <summary>CAA data (RFC 8659 §4.1): flags, a property tag ("issue", "issuewild", "iodef"…) and its value.</summary>
public sealed record DnsCaaData(byte Flags, string Tag, byte[] RawValue) : DnsRecordData
{
    /// <summary>Issuer Critical flag (bit 0, value 128): a CA that does not understand the tag must not issue.</summary>
    public bool IsCritical => (Flags & 0x80) != 0;

    public string Value => Encoding.UTF8.GetString(RawValue);
}
