namespace Certwatch.X509.Conformance;

/// <summary>What the harness concluded for one case; <see cref="Context"/> holds the problems' messages (or why it was skipped).</summary>
public sealed record LimboResult(string Id, LimboOutcome ActualResult, string? Context);
