using Certwatch.Cli.Rendering;
using Certwatch.Scanning.Resolution;

namespace Certwatch.Cli;

/// <summary>The edges the CLI touches: its two output streams, the terminal they go to, the clock and DNS. Tests swap them.</summary>
/// <param name="Out">Reports (and only reports: JSON on stdout stays parseable).</param>
/// <param name="Error">One-line errors and progress.</param>
/// <param name="Terminal">What the human renderer may draw on <paramref name="Out"/>.</param>
/// <param name="Time">The clock, for the validation time when <c>--at</c> is absent.</param>
/// <param name="Resolver">Name resolution for targets.</param>
public sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    TerminalProfile Terminal,
    TimeProvider Time,
    IHostResolver Resolver)
{
    /// <summary>Standard input for commands that read it (<c>certwatch limbo</c>); null means the process's stdin.</summary>
    public TextReader? Input { get; init; }

    /// <summary>Default file of Firefox's preloaded intermediates (the ones Certwatch has seen); null keeps them in memory only (tests).</summary>
    public string? IntermediatesCache { get; init; }
}
