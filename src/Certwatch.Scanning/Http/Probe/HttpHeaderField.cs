namespace Certwatch.Scanning.Http;

/// <summary>One response header field as received (name as sent, value trimmed of optional whitespace, RFC 9110 §5.5).</summary>
public sealed record HttpHeaderField(string Name, string Value);
