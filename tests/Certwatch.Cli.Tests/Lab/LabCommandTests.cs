using Certwatch.Cli.Tests.Fixtures;
using Certwatch.TestKit.Lab;

namespace Certwatch.Cli.Tests.Lab;

/// <summary><c>certwatch check --lab</c>: the README's first command.</summary>
public class LabCommandTests
{
    [Fact]
    public async Task CheckLab_EveryScenarioReportedByNameWithWorstExitCode()
    {
        var run = await CliRun.InProcessAsync("check", "--lab", "--format", "nagios");
        run.ExitCode.ShouldBe(2);
        foreach (var scenario in LabScenarios.All)
        {
            run.Out.ShouldContain($"({scenario.Name}): ");
        }

        run.LeaksException.ShouldBeFalse();
    }

    [Fact]
    public async Task Lab_PrintsPortMapAndCaThenStopsCleanlyOnCancel()
    {
        var buffer = new StringWriter();
        var stdout = TextWriter.Synchronized(buffer);
        var stderr = TextWriter.Synchronized(new StringWriter());

        // The synchronized wrapper locks on itself; read the buffer under the same lock.
        string Printed()
        {
            lock (stdout)
            {
                return buffer.ToString();
            }
        }

        var environment = CliEnvironments.Create(stdout, stderr);
        using var stop = new CancellationTokenSource();
        var running = CertwatchApp.RunAsync(["lab"], environment, stop.Token);
        var deadline = TimeProvider.System.GetTimestamp();
        while (!Printed().Contains("Ready", StringComparison.Ordinal) && !running.IsCompleted
               && TimeProvider.System.GetElapsedTime(deadline) < TimeSpan.FromSeconds(120))
        {
            await Task.Delay(100);
        }

        var map = Printed();
        var caFile = map.Split('\n').Single(l => l.StartsWith("Lab CA (trust anchor): ", StringComparison.Ordinal))["Lab CA (trust anchor): ".Length..].Trim();
        File.ReadAllText(caFile).ShouldStartWith("-----BEGIN CERTIFICATE-----");
        foreach (var scenario in LabScenarios.All)
        {
            map.ShouldContain(scenario.Name + " ");
        }

        await stop.CancelAsync();
        (await running).ShouldBe(0);
        File.Exists(caFile).ShouldBeFalse();
    }
}
