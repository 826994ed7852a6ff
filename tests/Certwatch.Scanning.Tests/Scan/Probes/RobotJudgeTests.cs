using Certwatch.Scanning.Scan;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Tests.Scan.Probes;

public sealed class RobotJudgeTests
{
    private static readonly Alert BadRecordMac = new(AlertLevel.Fatal, new AlertDescription(20));

    [Fact]
    public void Judge_NoAnswerToAnyVariant_NotVulnerable()
    {
        var silent = Round(v => new(v, RobotReaction.Timeout));

        var facts = RobotJudge.Judge("TLS_RSA_WITH_AES_128_CBC_SHA", silent, []);

        facts.Verdict.ShouldBe(RobotVerdict.NotVulnerable);
        facts.Evidence.ShouldBe("no answer to any of the 5 key exchanges: no oracle visible");
    }

    [Fact]
    public void Judge_DifferentPatternInEachRound_Inconclusive()
    {
        var first = Round(v => v == RobotVariant.WrongFirstBytes ? new(v, RobotReaction.Reset) : new(v, RobotReaction.Alert, BadRecordMac));
        var second = Round(v => v == RobotVariant.NoSeparator ? new(v, RobotReaction.Reset) : new(v, RobotReaction.Alert, BadRecordMac));

        var facts = RobotJudge.Judge("TLS_RSA_WITH_AES_128_CBC_SHA", first, second);

        facts.Verdict.ShouldBe(RobotVerdict.Inconclusive);
        facts.Vulnerable.ShouldBeFalse();
    }

    [Fact]
    public void Judge_TimeoutOnlyForConformingPaddingInBothRounds_WeakOracle()
    {
        var round = Round(v => v is RobotVariant.Correct or RobotVariant.WrongVersion ? new(v, RobotReaction.Timeout) : new(v, RobotReaction.Alert, BadRecordMac));

        var facts = RobotJudge.Judge("TLS_RSA_WITH_AES_128_CBC_SHA", round, round);

        facts.Verdict.ShouldBe(RobotVerdict.WeakOracle);
        facts.Evidence.ShouldBe("correct padding, wrong version: no answer; wrong first bytes, no 0x00 separator, 0x00 too early: fatal bad_record_mac(20) alert; the same in a second round");
    }

    [Theory]
    [InlineData(RecordsEnd.Closed, RobotReaction.Closed)]
    [InlineData(RecordsEnd.Reset, RobotReaction.Reset)]
    [InlineData(RecordsEnd.WindowOver, RobotReaction.Timeout)]
    [InlineData(RecordsEnd.NotTls, RobotReaction.Other)]
    public void Classify_NoRecords_ReactionFromHowReadingEnded(RecordsEnd end, RobotReaction reaction)
    {
        RobotProbe.Classify(RobotVariant.Correct, new RecordsRead([], end, 0)).Reaction.ShouldBe(reaction);
    }

    private static List<RobotResponse> Round(Func<RobotVariant, RobotResponse> answer) => [.. Enum.GetValues<RobotVariant>().Select(answer)];
}
