namespace Certwatch.Scanning.Scan;

/// <summary>ALPN protocols the server selects when offered alone ("h2", "http/1.1"…).</summary>
public sealed record AlpnSupport(IReadOnlyList<string> Protocols);
