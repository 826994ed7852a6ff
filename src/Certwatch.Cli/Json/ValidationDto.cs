namespace Certwatch.Cli.Json;

/// <summary>Certwatch's own path validation of one served chain: the best path (by SHA-256, leaf first) and its problems.</summary>
public sealed record ValidationDto(
    bool Valid,
    bool EndsAtTrustAnchor,
    IReadOnlyList<string> Path,
    int PathsTried,
    IReadOnlyList<ProblemDto> Problems,
    NameMatchDto? NameMatch,
    ChainFactsDto Facts);
