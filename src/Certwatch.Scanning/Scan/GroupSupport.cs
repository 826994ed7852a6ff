using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan;

/// <summary>Key-exchange groups the server accepts (TLS 1.3 key_share, TLS 1.2 ECDHE supported_groups).</summary>
/// <param name="Groups">Server preference order when ServerOrder, else registry order.</param>
public sealed record GroupSupport(IReadOnlyList<NamedGroup> Groups, bool ServerOrder);
