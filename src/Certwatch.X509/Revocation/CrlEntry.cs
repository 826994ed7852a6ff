namespace Certwatch.X509.Revocation;

/// <summary>One revokedCertificates entry (RFC 5280 §5.1.2.6) with its reasonCode (§5.3.1), if any.</summary>
public sealed record CrlEntry(string SerialNumber, DateTimeOffset RevokedAt, string? Reason);
