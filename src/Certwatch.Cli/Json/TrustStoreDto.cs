namespace Certwatch.Cli.Json;

public sealed record TrustStoreDto(string Name, int AnchorCount);
