using System.Text;

namespace Certwatch.Scanning.Dns;

/// <summary>
/// TXT data: one or more character-strings (RFC 1035 §3.3.14). Protocols that use TXT (SPF, MTA-STS) join
/// the strings without separator, which <see cref="Text"/> does.
/// </summary>
public sealed record DnsTxtData(IReadOnlyList<byte[]> RawStrings) : DnsRecordData
{
    public IReadOnlyList<string> Strings => [.. RawStrings.Select(s => Encoding.UTF8.GetString(s))];

    public string Text => string.Concat(Strings);
}
