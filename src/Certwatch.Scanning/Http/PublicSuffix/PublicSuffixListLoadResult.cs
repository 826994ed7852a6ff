namespace Certwatch.Scanning.Http;

/// <summary>A loaded list, or why loading failed (one line for the user).</summary>
public sealed record PublicSuffixListLoadResult(PublicSuffixList? List, string? Error);
