using Certwatch.Scanning.Scan.Probes;

namespace Certwatch.Scanning.Tests.Scan.Probes;

public sealed class EliminationTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task AcceptedAsync_ServerChoosesItsFavourite_FindsEverySupportedOneInCandidateOrderWithOneRoundEach(int lanes)
    {
        int[] supported = [7, 2, 9];
        var rounds = 0;

        var accepted = await Elimination.AcceptedAsync<int>([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], lanes, offered =>
        {
            Interlocked.Increment(ref rounds);
            return Task.FromResult(supported.Cast<int?>().FirstOrDefault(s => offered.Contains(s!.Value)));
        });

        accepted.ShouldBe([2, 7, 9]);
        rounds.ShouldBe(supported.Length + lanes); // one per accepted candidate, one "none left" per lane
    }

    [Fact]
    public async Task AcceptedAsync_ServerAnswersWithSomethingNotOffered_StopsWithoutLooping()
    {
        var rounds = 0;

        var accepted = await Elimination.AcceptedAsync<int>([1, 2, 3], 1, _ =>
        {
            Interlocked.Increment(ref rounds);
            return Task.FromResult<int?>(42);
        });

        accepted.ShouldBeEmpty();
        rounds.ShouldBe(1);
    }
}
