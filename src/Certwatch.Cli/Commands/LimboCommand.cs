using System.CommandLine;
using Certwatch.X509.Conformance;

namespace Certwatch.Cli.Commands;

/// <summary>
/// <c>certwatch limbo</c>: the x509-limbo harness protocol. Reads a whole suite JSON on stdin, runs every case
/// through Certwatch's verifier, writes the results JSON on stdout. A case without a validation time is
/// validated at the environment's clock. Input that is not a suite: one line on stderr, exit 3.
/// </summary>
public static class LimboCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("limbo", "Run an x509-limbo conformance suite (JSON on stdin) through Certwatch's verifier; results JSON on stdout.");
        command.SetAction((_, cancellationToken) => RunAsync(environment, environment.Input ?? Console.In, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, TextReader input, CancellationToken cancellationToken)
    {
        var json = await input.ReadToEndAsync(cancellationToken);
        if (!LimboSuiteReader.TryRead(json, out var cases, out var error))
        {
            await environment.Error.WriteLineAsync($"certwatch limbo: {error}");
            return CertwatchApp.UsageError;
        }

        var results = LimboHarness.RunAll(cases, environment.Time.GetUtcNow());
        await environment.Out.WriteLineAsync(LimboResultsWriter.Write(results));
        return 0;
    }
}
