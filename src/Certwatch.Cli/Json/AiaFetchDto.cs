namespace Certwatch.Cli.Json;

/// <summary>One AIA caIssuers download: the URL, whose issuer it was for, what it yielded (subjects) or the error.</summary>
public sealed record AiaFetchDto(string Url, string ForCertificate, IReadOnlyList<string> Certificates, string? Error);
