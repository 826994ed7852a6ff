namespace Certwatch.Scanning.Mail;

/// <summary>One mail exchanger of a domain: its preference (lower is tried first, RFC 5321 §5.1) and host name.</summary>
public sealed record MxHost(ushort Preference, string Name);
