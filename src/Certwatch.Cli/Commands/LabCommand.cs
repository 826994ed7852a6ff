using System.CommandLine;
using System.Net;

namespace Certwatch.Cli.Commands;

/// <summary><c>certwatch lab</c>: starts every lab scenario, prints the port map and the lab CA, runs until Ctrl+C.</summary>
public static class LabCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var bind = new Option<string>("--bind")
        {
            Description = "Loopback address to listen on (the lab listens on 127.0.0.1 and ::1)",
            HelpName = "ADDR",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        bind.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (!IPAddress.TryParse(text, out var address) || !IPAddress.IsLoopback(address))
            {
                result.AddError($"option '--bind': '{text}' is not a loopback address (the lab never listens elsewhere)");
            }
        });
        var firstPort = new Option<int>("--first-port")
        {
            Description = "Listen on consecutive ports from this one (default: ports the OS picks)",
            HelpName = "PORT",
        };
        firstPort.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65000)
            {
                result.AddError("option '--first-port': must be between 1 and 65000");
            }
        });

        var command = new Command("lab", "Run a local playground of broken TLS servers (expired, incomplete chain, wrong host…) until Ctrl+C.");
        command.Options.Add(bind);
        command.Options.Add(firstPort);
        command.SetAction((parse, cancellationToken) => RunAsync(environment, parse.GetValue(firstPort), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, int firstPort, CancellationToken cancellationToken)
    {
        await using var lab = LabSession.Start(environment.Time.GetUtcNow(), firstPort);
        LabPortMap.Write(environment.Out, lab);
        await environment.Out.FlushAsync(cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await environment.Error.WriteLineAsync("certwatch: lab stopped");
        }

        return 0;
    }
}
