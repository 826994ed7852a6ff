namespace Certwatch.Scanning.Scan;

/// <summary>The result of the ROBOT probe (Return Of Bleichenbacher's Oracle Threat, CVE-2017-13099 and kin).</summary>
/// <param name="Suite">The RSA key exchange suite the server chose for the test.</param>
/// <param name="FirstRound">One response per <see cref="RobotVariant"/>, in enum order.</param>
/// <param name="SecondRound">The repeat, run only when the first round showed different answers; else empty.</param>
/// <param name="Evidence">One line: the differing answers, or the one answer every variant got.</param>
public sealed record RobotFacts(RobotVerdict Verdict, string Suite, IReadOnlyList<RobotResponse> FirstRound, IReadOnlyList<RobotResponse> SecondRound, string Evidence)
{
    public bool Vulnerable => Verdict is RobotVerdict.StrongOracle or RobotVerdict.WeakOracle;
}
