namespace Certwatch.Cli.Json;

public sealed record NameMatchDto(string ExpectedName, bool Matched, bool MatchedOnlyCommonName, IReadOnlyList<string> PresentedNames);
