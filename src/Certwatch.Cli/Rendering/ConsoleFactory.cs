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
}
