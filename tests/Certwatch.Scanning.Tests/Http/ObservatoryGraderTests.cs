using Certwatch.Scanning.Http;

namespace Certwatch.Scanning.Tests.Http;

public sealed class ObservatoryGraderTests
{
    [Theory]
    [InlineData(135, "A+")]
    [InlineData(100, "A+")]
    [InlineData(99, "A")]
    [InlineData(90, "A")]
    [InlineData(85, "A-")]
    [InlineData(80, "B+")]
    [InlineData(70, "B")]
    [InlineData(65, "B-")]
    [InlineData(60, "C+")]
    [InlineData(50, "C")]
    [InlineData(45, "C-")]
    [InlineData(40, "D+")]
    [InlineData(30, "D")]
    [InlineData(25, "D-")]
    [InlineData(24, "F")]
    [InlineData(0, "F")]
    public void Letter_Score_FollowsObservatoryThresholds(int score, string grade) => ObservatoryGrader.Letter(score).ShouldBe(grade);

    [Fact]
    public void Grade_ScoreBelow90BeforeBonuses_IgnoresBonuses()
    {
        var score = ObservatoryGrader.Grade([Row(-20), Row(10), Row(5)], "https://a.example/");

        score.Score.ShouldBe(80);
        score.BonusesCounted.ShouldBeFalse();
        score.Grade.ShouldBe("B+");
    }

    [Fact]
    public void Grade_Score90BeforeBonuses_AddsBonuses()
    {
        var score = ObservatoryGrader.Grade([Row(-10), Row(10), Row(5)], null);

        score.Score.ShouldBe(105);
        score.BonusesCounted.ShouldBeTrue();
    }

    [Fact]
    public void Grade_PenaltiesBelowZero_FloorAtZero() =>
        ObservatoryGrader.Grade([Row(-50), Row(-40), Row(-40)], null).Score.ShouldBe(0);

    private static HeaderTestResult Row(int modifier) => new("t", "o", modifier, "why", null);
}
