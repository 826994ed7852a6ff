using System.Net;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Dns;

namespace Certwatch.Scanning.Mail;

/// <summary>Looks up the MX records of a mail domain and turns them into the hosts a sender would try.</summary>
public sealed class MxPlanner(DnsClient client)
{
    /// <summary>Bound on hosts checked per domain; real domains have a handful.</summary>
    public const int MaxHosts = 10;

    public async Task<MxPlan> PlanAsync(string domain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var name = domain.TrimEnd('.').ToLowerInvariant();
        var lookup = await client.QueryMxAsync(name, cancellationToken);
        var answer = lookup.Queries.Select(q => q.Answer).FirstOrDefault(a => a is not null);
        if (answer is null)
        {
            return Failed(name, $"cannot look up MX for '{name}': {lookup.Error?.Message ?? "no answer"}");
        }

        if (answer.ResponseCode == DnsResponseCode.NXDomain)
        {
            return Failed(name, $"cannot look up MX for '{name}': no such domain");
        }

        if (answer.ResponseCode != DnsResponseCode.NoError)
        {
            return Failed(name, $"cannot look up MX for '{name}': DNS server {answer.Server} answered {answer.ResponseCode.ToString().ToUpperInvariant()}");
        }

        return Plan(name, lookup.Records);
    }

    /// <summary>The plan for the MX records of <paramref name="domain"/> (already sorted by preference).</summary>
    public static MxPlan Plan(string domain, IReadOnlyList<DnsMxData> records)
    {
        ArgumentNullException.ThrowIfNull(records);

        // RFC 7505 §3: a domain with a null MX must publish no other MX; one "0 ." alone means "no mail".
        if (records.Count == 1 && IsRoot(records[0].Exchange))
        {
            return new MxPlan(domain, MxPlanKind.NullMx, [], null);
        }

        // A hostile zone can put any octets in a name; only host names go on to SNI and EHLO.
        var hosts = records
            .Where(r => !IsRoot(r.Exchange))
            .Select(r => new MxHost(r.Preference, r.Exchange.TrimEnd('.').ToLowerInvariant()))
            .Where(h => HostName.IsValid(h.Name) && !IPAddress.TryParse(h.Name, out _))
            .DistinctBy(h => h.Name)
            .Take(MaxHosts)
            .ToList();

        if (hosts.Count > 0)
        {
            return new MxPlan(domain, MxPlanKind.Exchanges, hosts, null);
        }

        // RFC 5321 §5.1: no MX at all → the domain itself, as an implicit MX of preference 0.
        return records.Count == 0
            ? new MxPlan(domain, MxPlanKind.Implicit, [new MxHost(0, domain)], null)
            : Failed(domain, $"the MX records of '{domain}' name no valid host");
    }

    private static bool IsRoot(string exchange) => exchange.Trim('.').Length == 0;

    private static MxPlan Failed(string domain, string error) => new(domain, MxPlanKind.Failed, [], error);
}
