using Certwatch.Cli.Commands;

namespace Certwatch.Cli.Tests.Commands;

public class LabDirectoriesTests
{
    [Fact]
    public void RemoveAbandoned_DeadOwner_RemovedLiveOwnerKept()
    {
        var abandoned = Path.Combine(Path.GetTempPath(), $"certwatch-lab-{int.MaxValue}-test");
        Directory.CreateDirectory(abandoned);
        var mine = LabDirectories.Create();
        try
        {
            LabDirectories.RemoveAbandoned();
            Directory.Exists(abandoned).ShouldBeFalse();
            Directory.Exists(mine).ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(mine, recursive: true);
            if (Directory.Exists(abandoned))
            {
                Directory.Delete(abandoned, recursive: true);
            }
        }
    }
}
