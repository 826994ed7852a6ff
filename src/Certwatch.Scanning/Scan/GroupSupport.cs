using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan;

/// <summary>Key-exchange groups the server accepts (TLS 1.3 key_share, TLS 1.2 ECDHE supported_groups).</summary>
/// <param name="Groups">Server preference order when ServerOrder, else registry order.</param>
public sealed record GroupSupport(IReadOnlyList<NamedGroup> Groups, bool ServerOrder)
{
    /// <summary>Groups a TLS 1.3 hello with only that group in supported_groups got (HelloRetryRequest naming it).</summary>
    public IReadOnlyList<NamedGroup> Tls13 { get; init; } = [];

    /// <summary>Curves a TLS ≤ 1.2 ECDHE hello with only that curve got (ServerKeyExchange naming it).</summary>
    public IReadOnlyList<NamedGroup> Tls12 { get; init; } = [];
}
