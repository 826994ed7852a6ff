using System.Net;

namespace Certwatch.Scanning.Resolution;

/// <summary>Resolves a host name to every A and AAAA address.</summary>
public interface IHostResolver
{
    /// <summary>All addresses; throws <see cref="HostResolutionException"/> with a one-line reason when the name does not resolve.</summary>
    Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken);
}
