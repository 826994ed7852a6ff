namespace Certwatch.Scanning.Scan;

/// <summary>Session resumption as the server's first flight shows it.</summary>
/// <param name="SessionIdAssigned">TLS ≤ 1.2: the ServerHello carried a non-empty session id (the server caches sessions).</param>
/// <param name="TicketExtension">TLS ≤ 1.2: the server acknowledged the SessionTicket extension (RFC 5077 §3.2).</param>
/// <param name="Resumed">A resumption was actually attempted and accepted; null when not attempted.</param>
public sealed record ResumptionSupport(bool SessionIdAssigned, bool TicketExtension, bool? Resumed = null);
