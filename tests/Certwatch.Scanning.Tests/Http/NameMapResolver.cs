using System.Net;
using Certwatch.Scanning.Resolution;

namespace Certwatch.Scanning.Tests.Http;

/// <summary>Resolves only the listed names (to loopback addresses); every other name does not resolve.</summary>
internal sealed class NameMapResolver(params (string Name, IPAddress Address)[] names) : IHostResolver
{
    public List<string> Asked { get; } = [];

    public Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        Asked.Add(host);
        var found = names.Where(n => n.Name.Equals(host, StringComparison.OrdinalIgnoreCase)).Select(n => n.Address).ToList();
        return found.Count == 0
            ? throw new HostResolutionException($"{host}: NXDOMAIN")
            : Task.FromResult<IReadOnlyList<IPAddress>>(found);
    }
}
