using System.Net;
using System.Net.Sockets;

namespace Certwatch.Scanning.Resolution;

/// <summary>
/// Resolves through the operating system (every A and AAAA record, duplicates removed, order kept), with
/// the special-use names of RFC 6761 answered locally so they never cause DNS traffic.
/// </summary>
public sealed class SystemHostResolver : IHostResolver
{
    public async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var kind = SpecialUseNames.Classify(host, out var literal);
        switch (kind)
        {
            case SpecialUseName.IpLiteral:
                return [literal!];
            case SpecialUseName.Invalid:
                throw NoSuchHost(host);
        }

        // Names under "localhost" get the addresses "localhost" has here (so /etc/hosts still decides
        // whether ::1 is one of them).
        var lookup = kind == SpecialUseName.Localhost ? "localhost" : host;
        return await LookupAsync(host, lookup, cancellationToken);
    }

    private static async Task<IReadOnlyList<IPAddress>> LookupAsync(string host, string lookup, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        try
        {
            addresses = await System.Net.Dns.GetHostAddressesAsync(lookup, cancellationToken);
        }
        catch (SocketException e)
        {
            throw new HostResolutionException($"cannot resolve '{host}': {Reason(e)}", e);
        }
        catch (ArgumentException e)
        {
            throw new HostResolutionException($"cannot resolve '{host}': not a valid host name", e);
        }

        var distinct = addresses.Where(a => a.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6).Distinct().ToList();
        return distinct.Count > 0 ? distinct : throw new HostResolutionException($"cannot resolve '{host}': no A or AAAA record");
    }

    private static string Reason(SocketException e) => e.SocketErrorCode switch
    {
        SocketError.HostNotFound => "no such host",
        SocketError.NoData => "no A or AAAA record",
        SocketError.TryAgain => "temporary DNS failure (try again)",
        _ => e.Message,
    };

    private static HostResolutionException NoSuchHost(string host) => new($"cannot resolve '{host}': no such host");
}
