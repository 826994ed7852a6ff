namespace Certwatch.Cli.Tests.Fixtures;

/// <summary>The outcome of one certwatch invocation: exit code and both streams.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs the real command line in-process, with plain (redirected) output.</summary>
    public static async Task<CliRun> InProcessAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CertwatchApp.RunAsync(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the built certwatch executable as a child process (what a monitoring system does).</summary>
    public static async Task<CliRun> ProcessAsync(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "certwatch"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>True when stderr shows anything a user should never see: an exception type or a stack frame.</summary>
    public bool LeaksException =>
        Error.Contains("Exception", StringComparison.Ordinal) || Error.Contains("   at ", StringComparison.Ordinal);
}
