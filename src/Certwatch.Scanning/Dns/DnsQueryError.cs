namespace Certwatch.Scanning.Dns;

/// <summary>A failed query: the kind and one line for the user.</summary>
public sealed record DnsQueryError(DnsErrorKind Kind, string Message);
