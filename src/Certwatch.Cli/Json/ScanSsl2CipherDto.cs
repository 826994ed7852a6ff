namespace Certwatch.Cli.Json;

/// <summary>An SSLv2 cipher kind the server offered; <see cref="Code"/> is the three-byte value in hex ("0x0700C0").</summary>
public sealed record ScanSsl2CipherDto(string Code, string? Name, int? KeyBits, bool Export);
