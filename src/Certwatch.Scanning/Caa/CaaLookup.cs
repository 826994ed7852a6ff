using Certwatch.Scanning.Dns;

namespace Certwatch.Scanning.Caa;

/// <summary>
/// Finds the Relevant RRset of RFC 8659 §3: ask for CAA at the name, then at each parent up to (not
/// including) the root, and stop at the first name that has any. Aliases are followed as any DNS lookup
/// follows them (the RFC 8659 search no longer climbs the tree of the alias target, unlike RFC 6844).
/// A wildcard name starts the search at the name without its "*." label.
/// </summary>
public sealed class CaaLookup(DnsClient client)
{
    /// <summary>Deeper than any real name; bounds the walk on hostile input.</summary>
    private const int MaxLabels = 127;

    public async Task<CaaRelevantSet> FindAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var start = (name.StartsWith("*.", StringComparison.Ordinal) ? name[2..] : name).TrimEnd('.').ToLowerInvariant();
        var labels = start.Split('.');
        if (start.Length == 0 || labels.Length > MaxLabels)
        {
            return new CaaRelevantSet(name, null, [], false, $"'{name}' is not a DNS name");
        }

        for (var i = 0; i < labels.Length; i++)
        {
            var current = string.Join('.', labels[i..]);
            var result = await client.QueryAsync(current, DnsRecordType.CAA, cancellationToken);
            if (result.Answer is not { } answer)
            {
                return new CaaRelevantSet(name, null, [], false, result.Error?.Message ?? "no answer");
            }

            // RFC 8659 §3: NXDOMAIN or an empty answer at a level means "look further up"; any other RCODE is a failure.
            if (answer.ResponseCode is not (DnsResponseCode.NoError or DnsResponseCode.NXDomain))
            {
                return new CaaRelevantSet(name, null, [], answer.AuthenticData,
                    $"CAA lookup for {current} failed: {answer.Server} answered {answer.ResponseCode.ToString().ToUpperInvariant()}");
            }

            var records = answer.DataOf<DnsCaaData>();
            if (records.Count > 0)
            {
                return new CaaRelevantSet(name, current, records, answer.AuthenticData, null);
            }
        }

        return new CaaRelevantSet(name, null, [], false, null);
    }
}
