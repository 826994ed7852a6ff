namespace Certwatch.Cli.Json;

public sealed record ChainFactsDto(
    bool InOrder,
    bool ContainsAnchor,
    int DuplicateCount,
    int UnrelatedCount,
    bool LeafMatchesName,
    string? MissingIssuer,
    string? MissingIssuerUrl);
