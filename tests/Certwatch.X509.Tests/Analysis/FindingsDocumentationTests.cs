using System.Runtime.CompilerServices;
using Certwatch.Core.Findings;
using Shouldly;
using Xunit;

namespace Certwatch.X509.Tests.Analysis;

public class FindingsDocumentationTests
{
    [Fact]
    public void FindingsMd_EveryFindingId_HasAHeading()
    {
        var headings = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "findings.md"))
            .Where(l => l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => l[3..].Trim())
            .ToHashSet();

        FindingIds.All.Where(id => !headings.Contains(id)).ShouldBeEmpty();
    }

    // Builds may go to --artifacts-path outside the tree, so start from this source file, not the output folder.
    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Certwatch.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new DirectoryNotFoundException("Certwatch.slnx not found above " + sourceFile);
    }
}
