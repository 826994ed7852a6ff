using System.CommandLine;

namespace Certwatch.Cli.Commands;

/// <summary>The <c>scan</c> subcommand: its definition wired to its handler.</summary>
public static class ScanCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var definition = new ScanCommandDefinition();
        var command = definition.CreateCommand();
        command.SetAction((parse, cancellationToken) =>
            new ScanCommandHandler(environment).RunAsync(definition.Read(parse), cancellationToken));
        return command;
    }
}
