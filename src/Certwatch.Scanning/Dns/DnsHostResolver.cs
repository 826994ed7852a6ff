using System.Net;
using Certwatch.Scanning.Resolution;

namespace Certwatch.Scanning.Dns;

/// <summary>
/// Resolves through <see cref="DnsClient"/> (A and AAAA concurrently, CNAMEs followed) instead of the
/// operating system, so a check sees what the DNS says rather than /etc/hosts or nsswitch. Special-use
/// names are answered locally as <see cref="SystemHostResolver"/> does.
/// </summary>
public sealed class DnsHostResolver(DnsClient client) : IHostResolver
{
    public async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        switch (SpecialUseNames.Classify(host, out var literal))
        {
            case SpecialUseName.IpLiteral:
                return [literal!];
            case SpecialUseName.Invalid:
                throw Fail(host, "no such host");
            case SpecialUseName.Localhost:
                return [IPAddress.Loopback, IPAddress.IPv6Loopback];
        }

        var lookup = await client.QueryAddressesAsync(host, cancellationToken);
        return lookup.Records.Count > 0 ? lookup.Records : throw Fail(host, Reason(lookup));
    }

    private static string Reason(DnsLookup<IPAddress> lookup)
    {
        var answers = lookup.Queries.Select(q => q.Answer).OfType<DnsAnswer>().ToList();
        if (answers.Any(a => a.ResponseCode == DnsResponseCode.NXDomain))
        {
            return "no such host";
        }

        if (answers.FirstOrDefault(a => a.ResponseCode != DnsResponseCode.NoError) is { } failed)
        {
            return $"DNS server {failed.Server} answered {failed.ResponseCode.ToString().ToUpperInvariant()}";
        }

        return lookup.Error?.Message ?? "no A or AAAA record";
    }

    private static HostResolutionException Fail(string host, string reason) => new($"cannot resolve '{host}': {reason}");
}
