using Certwatch.Cli.Tests.Fixtures;

namespace Certwatch.Cli.Tests.Scan;

public sealed class ScanCommandTests(ScanCaFile caFile) : IClassFixture<ScanCaFile>
{
    [Theory]
    [InlineData(new[] { "scan" }, "no TARGET given")]
    [InlineData(new[] { "scan", "example.com", "--per-host-connections", "0" }, "option '--per-host-connections': 0 is not between 1 and 64")]
    [InlineData(new[] { "scan", "example.com", "--per-host-connections", "10", "--max-connections", "4" }, "--per-host-connections 10 exceeds --max-connections 4")]
    [InlineData(new[] { "scan", "example.com", "--format", "nagios" }, "nagios")]
    [InlineData(new[] { "scan", "example.com", "--json", "--format", "human" }, "--json conflicts with --format human")]
    [InlineData(new[] { "scan", "example.com", "--timeout", "soon" }, "option '--timeout'")]
    [InlineData(new[] { "scan", "example.com", "--starttls", "gopher" }, "'gopher' is not one of")]
    [InlineData(new[] { "scan", "example.com", "--bogus" }, "--bogus")]
    [InlineData(new[] { "scan", "example.com", "--http-port", "65536" }, "option '--http-port': 65536 is not between 0 and 65535")]
    [InlineData(new[] { "scan", "example.com", "--max-connections", "3" }, "--per-host-connections 5 exceeds --max-connections 3")]
    public async Task Run_BadUsage_OneLineErrorExitUnknownNoStackTrace(string[] args, string expected)
    {
        var run = await CliRun.InProcessAsync(args);

        run.ExitCode.ShouldBe(3);
        run.Error.ShouldContain(expected);
        run.Error.ShouldContain("Try 'certwatch scan --help'.");
        run.LeaksException.ShouldBeFalse();
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_NumberOptionNotANumber_SaysSoWithoutDotNetTypeNames()
    {
        var run = await CliRun.InProcessAsync("scan", "example.com", "--http-port", "eighty");

        run.ExitCode.ShouldBe(3);
        run.Error.ShouldStartWith("certwatch: option '--http-port': 'eighty' is not a whole number");
        run.Error.ShouldNotContain("System.Int32");
        run.LeaksException.ShouldBeFalse();
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_MissingCaFile_SaysWhichFileExitUnknown()
    {
        var run = await CliRun.InProcessAsync("scan", "127.0.0.1:1", "--ca-file", "/nonexistent/ca.pem");

        run.ExitCode.ShouldBe(3);
        run.Error.ShouldContain("/nonexistent/ca.pem");
        run.LeaksException.ShouldBeFalse();
    }

    [Fact]
    public async Task Run_MissingPslFile_SaysWhichFileExitUnknownBeforeScanning()
    {
        var run = await CliRun.InProcessAsync("scan", "127.0.0.1:1", "--ca-file", caFile.Path, "--psl", "/nonexistent/public_suffix_list.dat");

        run.ExitCode.ShouldBe(3);
        run.Error.ShouldStartWith("certwatch: option '--psl': cannot read the public suffix list /nonexistent/public_suffix_list.dat: ");
        run.Out.ShouldBeEmpty();
        run.LeaksException.ShouldBeFalse();
    }

    [Fact]
    public async Task Run_PslFileWithoutRules_SaysSoExitUnknown()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"certwatch-empty-psl-{Guid.NewGuid():N}.dat");
        await File.WriteAllTextAsync(empty, "// ===BEGIN ICANN DOMAINS===\n// only a comment\n");
        try
        {
            var run = await CliRun.InProcessAsync("scan", "127.0.0.1:1", "--ca-file", caFile.Path, "--psl", empty);

            run.ExitCode.ShouldBe(3);
            run.Error.Trim().ShouldBe($"certwatch: option '--psl': {empty} holds no public suffix rules");
            run.Out.ShouldBeEmpty();
        }
        finally
        {
            File.Delete(empty);
        }
    }

    [Fact]
    public async Task Run_OnlyInvalidTargets_ReportsEachUnknownWithoutScanning()
    {
        var run = await CliRun.InProcessAsync("scan", "exa mple", "--ca-file", caFile.Path);

        run.ExitCode.ShouldBe(3);
        run.Error.ShouldContain("exa mple");
        run.Out.ShouldStartWith("UNKNOWN   exa mple");
        run.LeaksException.ShouldBeFalse();
    }

    [Fact]
    public async Task Process_NothingListening_UnknownWithReasonNoStackTrace()
    {
        var port = ClosedPort.Find();

        var run = await CliRun.ProcessAsync("scan", $"127.0.0.1:{port}", "--no-http", "--ca-file", caFile.Path);

        run.ExitCode.ShouldBe(3);
        run.Out.ShouldStartWith($"UNKNOWN   127.0.0.1:{port}  127.0.0.1:{port}: connection refused");
        run.Out.ShouldContain("not scanned: probe error: connection refused");
        run.LeaksException.ShouldBeFalse();
    }

    [Fact]
    public async Task Run_NothingListeningWithHttpLayer_OnlyTheConnectionFailureNoHeaderVerdicts()
    {
        var port = ClosedPort.Find();

        var run = await CliRun.InProcessAsync("scan", $"127.0.0.1:{port}", "--per-host-connections", "3", "--http-port", "0", "--ca-file", caFile.Path);

        run.Error.ShouldNotContain("exceeds"); // --per-host-connections alone is fine: --max-connections defaults to 64
        run.Out.ShouldStartWith($"UNKNOWN   127.0.0.1:{port}  127.0.0.1:{port}: connection refused");
        run.Out.ShouldContain("tls.connect-failed");
        run.Out.ShouldNotContain("http.");
        run.Out.ShouldNotContain("headers");
    }

    [Fact]
    public async Task Help_ListsScanOptions()
    {
        var run = await CliRun.InProcessAsync("scan", "--help");

        run.ExitCode.ShouldBe(0);
        foreach (var option in new[] { "--per-host-connections", "--max-connections", "--connect-timeout", "--read-timeout", "--timeout", "--concurrency", "--starttls", "--no-http", "--http-port", "--psl", "--json", "--ca-file", "--sni", "--ip", "--at" })
        {
            run.Out.ShouldContain(option);
        }
    }

    [Fact]
    public async Task RootHelp_ShowsScanExample()
    {
        var run = await CliRun.InProcessAsync("--help");

        run.Out.ShouldContain("certwatch scan example.com");
    }
}
