namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// Turns the answers to the ROBOT variants into a verdict. An oracle is reported only when the answers differ
/// and a second round differs in exactly the same way: network noise (a slow close, a reset racing an alert)
/// must not read as a vulnerability.
/// </summary>
internal static class RobotJudge
{
    public static bool Uniform(IReadOnlyList<RobotResponse> round) => round.All(r => r.SameAnswer(round[0]));

    /// <param name="second">The repeat; only consulted when <paramref name="first"/> is not uniform.</param>
    public static RobotFacts Judge(string suite, IReadOnlyList<RobotResponse> first, IReadOnlyList<RobotResponse> second)
    {
        if (Uniform(first))
        {
            var evidence = first[0].Reaction == RobotReaction.Timeout
                ? $"no answer to any of the {first.Count} key exchanges: no oracle visible"
                : $"all {first.Count} key exchanges answered with {first[0].Answer}";
            return new RobotFacts(RobotVerdict.NotVulnerable, suite, first, [], evidence);
        }

        if (second.Count != first.Count || first.Zip(second).Any(pair => !pair.First.SameAnswer(pair.Second)))
        {
            return new RobotFacts(RobotVerdict.Inconclusive, suite, first, second,
                $"inconclusive (responses not stable): first round {Describe(first)}; second round {Describe(second)}");
        }

        // robotattack.org: when the three blocks with broken padding get the same answer, only a conforming block
        // stands out (a weak oracle); otherwise the broken blocks themselves are told apart (a strong one).
        var weak = Answer(first, RobotVariant.WrongFirstBytes).SameAnswer(Answer(first, RobotVariant.NoSeparator))
            && Answer(first, RobotVariant.NoSeparator).SameAnswer(Answer(first, RobotVariant.WrongLength));
        return new RobotFacts(weak ? RobotVerdict.WeakOracle : RobotVerdict.StrongOracle, suite, first, second,
            $"{Describe(first)}; the same in a second round");
    }

    /// <summary>"correct padding, wrong version: fatal bad_record_mac(20) alert; wrong first bytes: no answer".</summary>
    public static string Describe(IReadOnlyList<RobotResponse> round) => string.Join("; ", round
        .GroupBy(r => r.Answer)
        .Select(g => $"{string.Join(", ", g.Select(r => Label(r.Variant)))}: {g.Key}"));

    /// <summary>The variant as the evidence names it.</summary>
    public static string Label(RobotVariant variant) => variant switch
    {
        RobotVariant.Correct => "correct padding",
        RobotVariant.WrongFirstBytes => "wrong first bytes",
        RobotVariant.NoSeparator => "no 0x00 separator",
        RobotVariant.WrongVersion => "wrong version",
        RobotVariant.WrongLength => "0x00 too early",
        _ => variant.ToString(),
    };

    private static RobotResponse Answer(IReadOnlyList<RobotResponse> round, RobotVariant variant) => round.First(r => r.Variant == variant);
}
