namespace Certwatch.Scanning.Scan.Probes;

/// <summary>One round of the ROBOT probe: a response per variant so far, the suite the server chose, or why the round stopped.</summary>
internal sealed record RobotRound(IReadOnlyList<RobotResponse> Responses, string Suite, string? Failure);
