using Certwatch.Cli.Rendering;

namespace Certwatch.Cli;

/// <summary>The real edges: system clock and DNS; colours only when writing to the process's own terminal.</summary>
public static class CliEnvironments
{
    public static CliEnvironment Create(TextWriter stdout, TextWriter stderr)
    {
        var terminal = ReferenceEquals(stdout, Console.Out) ? TerminalProfile.DetectStdout() : TerminalProfile.Plain;
        return new CliEnvironment(stdout, stderr, terminal, TimeProvider.System, new Scanning.Resolution.SystemHostResolver())
        {
            // Only the real process remembers intermediates across runs; in-process callers (tests) pass their own writers.
            IntermediatesCache = ReferenceEquals(stdout, Console.Out) ? Commands.ChainSources.DefaultIntermediatesPath() : null,
        };
    }
}
