using System.Net;
using Certwatch.Scanning.Resolution;

namespace Certwatch.Scanning.Http;

/// <summary>
/// Follows redirects hop by hop (RFC 9110 §15.4). The start host is reached at the address the caller chose;
/// any other host only through the injected resolver, else the redirect is recorded and not followed.
/// Stops at the redirect limit and on the first URL seen twice (a loop).
/// </summary>
internal sealed class RedirectFollower(HttpHopProbe probe, HttpSecurityOptions options)
{
    public async Task<RedirectChain> FollowAsync(Uri start, IPAddress startAddress, CancellationToken cancellationToken)
    {
        var hops = new List<HttpHop>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var url = start;
        var address = startAddress;
        while (true)
        {
            visited.Add(WithoutFragment(url));
            var hop = await probe.ProbeAsync(url, address, cancellationToken);
            hops.Add(hop);
            if (!hop.Answered)
            {
                return Chain(start, hops, RedirectChainOutcome.HopFailed, $"{url.AbsoluteUri}: {hop.ErrorMessage}");
            }

            if (!hop.IsRedirect)
            {
                return Chain(start, hops, RedirectChainOutcome.Completed, $"{url.AbsoluteUri} answered {hop.StatusCode}");
            }

            if (hop.NextUrl is null || new Uri(hop.NextUrl) is not { Scheme: "http" or "https" } next)
            {
                return Chain(start, hops, RedirectChainOutcome.InvalidLocation, $"{url.AbsoluteUri} redirects to an unusable Location '{hop.Location}'");
            }

            if (visited.Contains(WithoutFragment(next)))
            {
                return Chain(start, hops, RedirectChainOutcome.Loop, $"redirect loop: {url.AbsoluteUri} redirects back to {next.AbsoluteUri}");
            }

            if (hops.Count > options.MaxRedirects)
            {
                return Chain(start, hops, RedirectChainOutcome.TooManyRedirects, $"more than {options.MaxRedirects} redirects from {start.AbsoluteUri}");
            }

            var nextAddress = SameHost(next, start) ? startAddress : await ResolveAsync(next.IdnHost, cancellationToken);
            if (nextAddress is null)
            {
                return Chain(start, hops, RedirectChainOutcome.OffHostNotFollowed, $"{url.AbsoluteUri} redirects to another host, {next.IdnHost}, which was not followed");
            }

            (url, address) = (next, nextAddress);
        }
    }

    public static bool SameHost(Uri a, Uri b) => a.IdnHost.Equals(b.IdnHost, StringComparison.OrdinalIgnoreCase);

    private async Task<IPAddress?> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (options.Resolver is not { } resolver)
        {
            return null;
        }

        try
        {
            var addresses = await resolver.ResolveAsync(host, cancellationToken);
            return addresses.Count > 0 ? addresses[0] : null;
        }
        catch (HostResolutionException)
        {
            return null;
        }
    }

    private static string WithoutFragment(Uri url) => url.GetLeftPart(UriPartial.Query);

    private static RedirectChain Chain(Uri start, List<HttpHop> hops, RedirectChainOutcome outcome, string message) =>
        new(start.AbsoluteUri, hops, outcome, message);
}
