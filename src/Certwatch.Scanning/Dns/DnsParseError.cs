namespace Certwatch.Scanning.Dns;

/// <summary>Why bytes are not a DNS message; parsers return it instead of throwing.</summary>
public enum DnsParseError
{
    None,

    /// <summary>The message ends inside a header, name, question or record.</summary>
    Truncated,

    /// <summary>A label length byte uses the reserved 0x40/0x80 prefixes (RFC 6891 §5).</summary>
    BadLabelType,

    /// <summary>A name is longer than 255 octets on the wire (RFC 1035 §2.3.4).</summary>
    NameTooLong,

    /// <summary>A compression pointer does not point strictly before the name that uses it, so it could loop (RFC 1035 §4.1.4).</summary>
    PointerLoop,

    /// <summary>A compression pointer points past the end of the message.</summary>
    PointerOutOfRange,

    /// <summary>Record data does not have the layout its type requires.</summary>
    BadRecordData,
}
