using System.Net;

namespace Certwatch.Scanning.Dns;

/// <summary>
/// The reply to one question after following CNAMEs: <see cref="CanonicalName"/> is where the chain ended;
/// <see cref="Answers"/> holds every answer record seen on the way.
/// </summary>
public sealed record DnsAnswer(
    string Name,
    DnsRecordType Type,
    DnsResponseCode ResponseCode,
    IReadOnlyList<DnsRecord> Answers,
    IReadOnlyList<DnsRecord> Authority,
    string CanonicalName,
    IReadOnlyList<string> CnameChain,
    bool Truncated,
    bool UsedTcp,
    IPEndPoint Server)
{
    /// <summary>
    /// The AD bit of the reply (RFC 4035 §3.2.3): the recursive server says it validated the answer with
    /// DNSSEC. Certwatch does not validate signatures itself, so this is only as trustworthy as the path
    /// to that server (RFC 6698 §4.1: a stub must trust its resolver and the channel to it).
    /// </summary>
    public bool AuthenticData { get; init; }

    /// <summary>The data of the records of the asked type owned by the canonical name.</summary>
    public IReadOnlyList<T> DataOf<T>()
        where T : DnsRecordData =>
        [.. Answers.Where(r => r.Type == Type && DnsName.AreEqual(r.Name, CanonicalName)).Select(r => r.Data).OfType<T>()];
}
