namespace Certwatch.Scanning.Scan;

/// <summary>The ROBOT probe's conclusion.</summary>
public enum RobotVerdict
{
    /// <summary>Every variant got the same answer: no oracle visible.</summary>
    NotVulnerable,

    /// <summary>
    /// The answers differ, and identically in both rounds; the malformed blocks themselves are told apart, so
    /// few queries decrypt or sign (robotattack.org "strong oracle").
    /// </summary>
    StrongOracle,

    /// <summary>
    /// The answers differ, identically in both rounds, but only the blocks with conforming padding stand out from
    /// the malformed ones (robotattack.org "weak oracle"): an attack needs many more queries.
    /// </summary>
    WeakOracle,

    /// <summary>The answers differed in the first round but not the same way in the second: never reported as vulnerable.</summary>
    Inconclusive,
}
