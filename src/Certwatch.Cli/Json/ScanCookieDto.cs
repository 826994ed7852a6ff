namespace Certwatch.Cli.Json;

/// <summary>One cookie set while following the HTTPS chain, as a browser stores it.</summary>
/// <param name="SameSite">The SameSite value as written; null when absent.</param>
/// <param name="PrefixViolation">Why browsers refuse a __Host- or __Secure- cookie; null when the prefix is honoured or absent.</param>
public sealed record ScanCookieDto(string Name, bool Secure, bool HttpOnly, string? SameSite, string? Domain, string? Path, string? PrefixViolation);
