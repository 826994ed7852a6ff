using System.CommandLine;
using System.CommandLine.Invocation;
using Certwatch.Cli.Commands;

namespace Certwatch.Cli;

/// <summary>
/// The whole command line, callable in-process: parse, run, return the exit code. Usage errors print one
/// line and a hint and return 3 (UNKNOWN), as monitoring plugins do; nothing ever prints a stack trace.
/// </summary>
public static class CertwatchApp
{
    public const int UsageError = 3;

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        RunAsync(args, CliEnvironments.Create(stdout, stderr), cancellationToken);

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        try
        {
            var root = RootCommandFactory.Create(environment);
            var parse = root.Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                // The most specific message last in System.CommandLine's list ("Unrecognized command…") goes first.
                var messages = parse.Errors.Select(e => OneLine(e.Message)).Distinct().Reverse();
                await environment.Error.WriteLineAsync($"certwatch: {string.Join("; ", messages)}");
                await environment.Error.WriteLineAsync($"Try '{UsageHint(parse)} --help'.");
                return UsageError;
            }

            var invocation = new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(invocation, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await environment.Error.WriteLineAsync("certwatch: cancelled");
            return UsageError;
        }
        catch (Exception e)
        {
            // Last resort: one line, the exit code of a plugin that could not check anything.
            await environment.Error.WriteLineAsync($"certwatch: {OneLine(e.Message)}");
            return UsageError;
        }
    }

    private static string UsageHint(ParseResult parse) =>
        parse.CommandResult.Command is RootCommand ? "certwatch" : "certwatch " + parse.CommandResult.Command.Name;

    private static string OneLine(string text) =>
        string.Join(' ', text.ReplaceLineEndings(" ").Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
