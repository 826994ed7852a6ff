using Certwatch.Cli.Tests.Fixtures;

namespace Certwatch.Cli.Tests.Process;

/// <summary>The built executable, as a monitoring system runs it: exit codes and a clean stderr.</summary>
public class CertwatchProcessTests
{
    [Fact]
    public async Task Version_ExitsZero()
    {
        var run = await CliRun.ProcessAsync("--version");
        run.ExitCode.ShouldBe(0);
        run.Out.Trim().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Check_UnknownHostUnderInvalid_Unknown3WithoutStackTrace()
    {
        var run = await CliRun.ProcessAsync("check", "no-such-host.invalid", "--format", "nagios", "--connect-timeout", "2s");
        run.ExitCode.ShouldBe(3);
        run.Out.ShouldStartWith("SSL UNKNOWN - no-such-host.invalid:443: UNKNOWN");
        run.LeaksException.ShouldBeFalse();
    }

    [Fact]
    public async Task Check_RefusedPort_NotOkWithoutStackTrace()
    {
        var run = await CliRun.ProcessAsync("check", $"127.0.0.1:{ClosedPort.Find()}", "--format", "nagios", "--connect-timeout", "2s");
        run.ExitCode.ShouldBe(3);
        run.Out.ShouldStartWith("SSL UNKNOWN - 127.0.0.1:");
        run.LeaksException.ShouldBeFalse();
    }

    [Theory]
    [InlineData("check", "a.example", "--at", "next tuesday")]
    [InlineData("check", "a.example", "--unknown-option")]
    [InlineData("check", "a.example", "--timeout", "soon")]
    public async Task Check_BadArguments_Exit3OneLineNoStackTrace(params string[] args)
    {
        var run = await CliRun.ProcessAsync(args);
        run.ExitCode.ShouldBe(3);
        run.Error.ShouldStartWith("certwatch: ");
        run.LeaksException.ShouldBeFalse();
    }

    [Fact]
    public async Task Check_BadTargetAmongGood_ReportsItAndStillChecksTheOthers()
    {
        var port = ClosedPort.Find();
        var run = await CliRun.ProcessAsync("check", "exa mple", $"127.0.0.1:{port}", "--format", "nagios", "--connect-timeout", "2s");
        run.ExitCode.ShouldBe(3);
        run.Error.ShouldStartWith("certwatch: invalid target 'exa mple'");
        run.Out.ShouldContain($"127.0.0.1:{port}: UNKNOWN");
        run.Out.ShouldContain("exa mple: UNKNOWN");
        run.LeaksException.ShouldBeFalse();
    }
}
