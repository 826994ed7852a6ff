using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan;

/// <summary>Whether the server negotiates one protocol version, with what it answered when it refused.</summary>
/// <param name="Detail">"handshake_failure alert", "answered TLSv1.2 instead", "connection reset"…</param>
public sealed record ProtocolSupport(ProtocolVersion Version, bool Supported, string? Detail = null);
