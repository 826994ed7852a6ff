using Certwatch.Cli.Tests.Fixtures;

namespace Certwatch.Cli.Tests;

public class CertwatchAppTests
{
    [Theory]
    [InlineData(new[] { "check" }, "no TARGET given")]
    [InlineData(new[] { "check", "a.example", "--at", "2027-13-01" }, "option '--at': '2027-13-01' is not an ISO 8601 date")]
    [InlineData(new[] { "check", "a.example", "--bogus" }, "unknown option '--bogus'")]
    [InlineData(new[] { "check", "a.example", "--timeout", "5y" }, "option '--timeout': '5y' is not a duration")]
    [InlineData(new[] { "check", "a.example", "--format", "xml" }, "'xml'")]
    [InlineData(new[] { "check", "a.example", "--json", "--format", "nagios" }, "--json conflicts with --format nagios")]
    [InlineData(new[] { "check", "a.example", "--concurrency", "0" }, "option '--concurrency': 0 is not between 1 and 1024")]
    [InlineData(new[] { "check", "a.example", "--thresholds", "30,x" }, "option '--thresholds'")]
    [InlineData(new[] { "check", "a.example", "--starttls", "gopher" }, "option '--starttls': 'gopher' is not one of none, smtp")]
    [InlineData(new[] { "frobnicate" }, "frobnicate")]
    public async Task RunAsync_UsageError_OneLineErrorHintAndExit3(string[] args, string message)
    {
        var run = await CliRun.InProcessAsync(args);
        run.ExitCode.ShouldBe(3);
        run.Out.ShouldBeEmpty();
        var lines = run.Error.TrimEnd().Split(Environment.NewLine);
        lines.Length.ShouldBe(2);
        lines[0].ShouldStartWith("certwatch: ");
        lines[0].ShouldContain(message);
        lines[1].ShouldContain("--help");
    }

    [Fact]
    public async Task RunAsync_Version_PrintsVersionExit0()
    {
        var run = await CliRun.InProcessAsync("--version");
        run.ExitCode.ShouldBe(0);
        run.Out.Trim().ShouldBe(ToolVersion.Current);
    }

    [Fact]
    public async Task RunAsync_Help_ShowsExamplesAndExitCodes()
    {
        var run = await CliRun.InProcessAsync("--help");
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("certwatch check --lab");
        run.Out.ShouldContain("Exit codes: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN");
    }

    [Fact]
    public async Task RunAsync_CheckHelp_ListsEveryOption()
    {
        var run = await CliRun.InProcessAsync("check", "--help");
        foreach (var option in new[] { "--sni", "--ip", "--ca-file", "--at", "--json", "--format", "--thresholds", "--critical-days",
                     "--connect-timeout", "--handshake-timeout", "--timeout", "--concurrency", "--no-http", "--starttls", "--lab" })
        {
            run.Out.ShouldContain(option);
        }
    }

    [Fact]
    public async Task RunAsync_MissingCaFile_OneLineErrorExit3()
    {
        var run = await CliRun.InProcessAsync("check", "127.0.0.1:1", "--ca-file", "/nonexistent/ca.pem");
        run.ExitCode.ShouldBe(3);
        run.Error.ShouldStartWith("certwatch: ");
        run.LeaksException.ShouldBeFalse();
    }
}
