using System.Diagnostics;
using System.Globalization;

namespace Certwatch.Cli.Commands;

/// <summary>
/// Temp directories holding a running lab's CA file, named after the owning process. A lab stopped by a
/// signal may not get to delete its own, so each new lab removes those whose process is gone.
/// </summary>
public static class LabDirectories
{
    private const string Prefix = "certwatch-lab-";

    public static string Create() =>
        Directory.CreateTempSubdirectory($"{Prefix}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-").FullName;

    public static void RemoveAbandoned()
    {
        foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            if (OwnerPid(Path.GetFileName(directory)) is { } pid && !IsRunning(pid))
            {
                TryDelete(directory);
            }
        }
    }

    private static int? OwnerPid(string name)
    {
        var rest = name[Prefix.Length..];
        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // another user's directory, or already gone: leave it
        }
    }
}
