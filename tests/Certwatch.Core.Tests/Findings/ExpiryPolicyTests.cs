using Certwatch.Core.Findings;

namespace Certwatch.Core.Tests.Findings;

public sealed class ExpiryPolicyTests
{
    [Theory]
    [InlineData(45.0, null)]
    [InlineData(30.0, 30)]
    [InlineData(29.5, 30)]
    [InlineData(14.0, 14)]
    [InlineData(8.0, 14)]
    [InlineData(6.9, 7)]
    [InlineData(0.5, 1)]
    [InlineData(-3.0, 1)]
    public void CrossedThreshold_DefaultSteps_ReturnsSmallestCrossed(double daysLeft, int? expected)
    {
        ExpiryPolicy.Default.CrossedThreshold(daysLeft).ShouldBe(expected);
    }

    [Fact]
    public void WarningDays_IsTheLargestStep()
    {
        new ExpiryPolicy([10, 60, 20], 5).WarningDays.ShouldBe(60);
        ExpiryPolicy.Default.WarningDays.ShouldBe(30);
        ExpiryPolicy.Default.CriticalDays.ShouldBe(7);
    }

    [Fact]
    public void WarningDays_NoSteps_IsZero()
    {
        new ExpiryPolicy([], 0).WarningDays.ShouldBe(0);
        new ExpiryPolicy([], 0).CrossedThreshold(-1).ShouldBeNull();
    }
}
