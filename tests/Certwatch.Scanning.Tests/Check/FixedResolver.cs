using System.Net;
using Certwatch.Scanning.Resolution;

namespace Certwatch.Scanning.Tests.Check;

/// <summary>Answers every name with the given loopback addresses, or fails the test when it must not be asked.</summary>
internal sealed class FixedResolver(params IPAddress[] addresses) : IHostResolver
{
    public static FixedResolver MustNotBeAsked { get; } = new();

    public Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken) =>
        addresses.Length == 0
            ? throw new InvalidOperationException($"the resolver was asked for '{host}'")
            : Task.FromResult<IReadOnlyList<IPAddress>>(addresses);
}
