using System.CommandLine;
using Certwatch.Cli.Commands;

namespace Certwatch.Cli;

/// <summary>Composes the commands; each command's options and behaviour live in Commands/.</summary>
public static class RootCommandFactory
{
    private const string Description = """
        Certwatch finds out, before your users do, that a TLS endpoint is broken or about to break,
        says why, what each client (Chrome, Firefox, Safari, OpenSSL/curl, Go, Java) will show, and how to fix it.

        Examples:
          certwatch check example.com                      check port 443 of every address of example.com
          certwatch check example.com:8443 mail.example.com:465 --format nagios
          certwatch check 192.0.2.10 --sni www.example.com check one address with a given SNI name
          certwatch check example.com --at 2027-03-01      will it still work on that date?
          certwatch check example.com --json               machine-readable report (docs/json.md)
          certwatch check --lab                            check every scenario of the built-in lab
          certwatch scan example.com                       TLS audit: protocols, ciphers, vulnerabilities, grade
          certwatch lab                                    run the lab of broken servers until Ctrl+C
          certwatch limbo < suite.json                     run an x509-limbo conformance suite

        Exit codes: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (also usage errors).
        """;

    public static RootCommand Create(CliEnvironment environment)
    {
        var root = new RootCommand(Description);
        var check = new CheckCommandDefinition();
        var checkCommand = check.CreateCommand();
        checkCommand.SetAction((parse, cancellationToken) =>
            new CheckCommandHandler(environment).RunAsync(check.Read(parse), cancellationToken));
        root.Subcommands.Add(checkCommand);
        root.Subcommands.Add(ScanCommand.Create(environment));
        root.Subcommands.Add(LabCommand.Create(environment));
        root.Subcommands.Add(LimboCommand.Create(environment));
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction(environment.Out);
        }

        return root;
    }
}
