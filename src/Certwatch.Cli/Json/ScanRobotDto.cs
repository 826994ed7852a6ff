namespace Certwatch.Cli.Json;

/// <summary>The ROBOT probe: verdict, the RSA suite tested, and the answer to every variant of both rounds.</summary>
/// <param name="Verdict">notVulnerable, strongOracle, weakOracle or inconclusive.</param>
/// <param name="SecondRound">Empty when the first round got one answer throughout.</param>
public sealed record ScanRobotDto(
    string Verdict, bool Vulnerable, string Suite, string Evidence, IReadOnlyList<ScanRobotResponseDto> FirstRound, IReadOnlyList<ScanRobotResponseDto> SecondRound);
