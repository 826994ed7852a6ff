using Spectre.Console;

namespace Certwatch.Cli.Rendering;

/// <summary>A Spectre console bound to one writer with exactly the capabilities of a <see cref="TerminalProfile"/> (no auto-detection behind our back).</summary>
public static class ConsoleFactory
{
    public static IAnsiConsole Create(TextWriter output, TerminalProfile profile)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = profile.Ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = profile.Ansi ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = profile.Width;
        console.Profile.Capabilities.Unicode = profile.Unicode;
        return console;
    }

    /// <summary>Free text is not wrapped when redirected: a grep or a log keeps each line whole.</summary>
    private const int UnwrappedWidth = 4096;

    /// <summary>
    /// Renders to a terminal as it is; redirected (no ANSI), renders unwrapped and drops the trailing spaces
    /// Spectre pads trees and tables with, so every line is exactly its text.
    /// </summary>
    public static void Render(TextWriter output, TerminalProfile profile, Action<IAnsiConsole> render)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(render);
        if (profile.Ansi)
        {
            render(Create(output, profile));
            return;
        }

        var buffer = new StringWriter();
        render(Create(buffer, profile with { Width = UnwrappedWidth }));
        foreach (var line in buffer.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            output.WriteLine(line.TrimEnd());
        }
    }
}
