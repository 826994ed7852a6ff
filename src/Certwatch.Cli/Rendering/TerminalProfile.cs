namespace Certwatch.Cli.Rendering;

/// <summary>
/// How the human output may look: colours and box-drawing only on an interactive terminal with
/// NO_COLOR unset (https://no-color.org); plain ASCII when redirected to a file or a pipe.
/// </summary>
/// <param name="Ansi">Write colours and styles.</param>
/// <param name="Unicode">Use box-drawing characters for trees and tables.</param>
/// <param name="Width">Columns to lay tables out in.</param>
public sealed record TerminalProfile(bool Ansi, bool Unicode, int Width)
{
    /// <summary>For files, pipes and tests: no escape codes, ASCII, wide enough that lines rarely wrap.</summary>
    public static TerminalProfile Plain { get; } = new(false, false, 160);

    /// <summary>The process's own stdout.</summary>
    public static TerminalProfile DetectStdout()
    {
        if (Console.IsOutputRedirected)
        {
            return Plain;
        }

        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var term = Environment.GetEnvironmentVariable("TERM");
        var width = Console.WindowWidth > 40 ? Console.WindowWidth : 120;
        return new TerminalProfile(!noColor && term != "dumb", true, width);
    }
}
