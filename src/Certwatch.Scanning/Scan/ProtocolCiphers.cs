using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan;

/// <summary>The cipher suites one protocol version accepts.</summary>
/// <param name="Suites">Server preference order when <paramref name="ServerOrder"/>, else the order we found them.</param>
/// <param name="ServerOrder">The server picks by its own preference (it chose the same suite whatever our order).</param>
public sealed record ProtocolCiphers(ProtocolVersion Version, IReadOnlyList<AcceptedSuite> Suites, bool ServerOrder)
{
    /// <summary>Why the enumeration stopped early (the list may be incomplete), or null when it ran to the end.</summary>
    public string? Error { get; init; }
}
