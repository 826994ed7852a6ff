using System.CommandLine;
using Certwatch.Cli.Rendering;
using Certwatch.Core.Targets;

namespace Certwatch.Cli.Commands;

/// <summary>The options and arguments of <c>certwatch scan</c>, and how a parse result becomes <see cref="ScanSettings"/>.</summary>
public sealed class ScanCommandDefinition
{
    private readonly Argument<string[]> _targets = new("TARGET")
    {
        Description = "host, host:port, https://host/, [v6]:port or an IP (repeatable)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string?> _sni = new("--sni") { Description = "Name to send as SNI and to match the certificate against", HelpName = "NAME" };
    private readonly Option<string?> _ip = new("--ip") { Description = "Connect to this address instead of resolving the host", HelpName = "ADDR" };
    private readonly Option<string?> _caFile = new("--ca-file") { Description = "Trust the CA certificates in this PEM file instead of the system store", HelpName = "FILE" };
    private readonly Option<DateTimeOffset?> _at = new("--at") { Description = "Judge certificate validity as of this ISO 8601 date or time", HelpName = "DATE", CustomParser = OptionParsers.Instant };
    private readonly Option<bool> _json = new("--json") { Description = "Same as --format json" };
    private readonly Option<string> _format = CreateFormatOption();
    private readonly Option<TimeSpan?> _connectTimeout = ScanOptionFactory.Duration("--connect-timeout", "TCP connect timeout of each probe connection (default 5s)");
    private readonly Option<TimeSpan?> _readTimeout = ScanOptionFactory.Duration("--read-timeout", "Bound on each probe's answer (default 5s)", "--handshake-timeout");
    private readonly Option<TimeSpan?> _timeout = ScanOptionFactory.Duration("--timeout", "Bound on one whole target, every address and probe included (default 60s)");
    private readonly Option<int> _concurrency = ScanOptionFactory.Range("--concurrency", "Targets scanned at once", "N", 4, 1, 256);
    private const int DefaultPerHost = 5;
    private const int DefaultMaxConnections = 64;

    private readonly Option<int> _perHost = ScanOptionFactory.Range("--per-host-connections", "Parallel probe connections to one address", "N", DefaultPerHost, 1, 64);
    private readonly Option<int> _maxConnections = ScanOptionFactory.Range("--max-connections", "Parallel probe connections of the whole run", "N", DefaultMaxConnections, 1, 4096);
    private readonly Option<bool> _noHttp = new("--no-http") { Description = "Skip the HTTP layer (HSTS, redirects, headers)" };
    private readonly Option<string?> _startTls = ScanOptionFactory.StartTls();
    private readonly Option<int> _httpPort = ScanOptionFactory.Range("--http-port", "Plain-HTTP port checked for the HTTP→HTTPS redirect (0 skips that check)", "PORT", 80, 0, 65535);
    private readonly Option<string?> _psl = new("--psl") { Description = "Public Suffix List file to use instead of the embedded copy (preload and www checks)", HelpName = "FILE" };

    public Command CreateCommand()
    {
        var command = new Command("scan", "Audit the TLS configuration of one or more endpoints: protocols, cipher suites, features, vulnerabilities, client simulation and an SSL Labs style grade.");
        command.Arguments.Add(_targets);
        foreach (var option in Options())
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            // A ZeroOrMore argument swallows unknown options; a target never starts with '-'.
            if (result.GetValue(_targets)?.FirstOrDefault(t => t.StartsWith('-')) is { } unknown)
            {
                result.AddError($"unknown option '{unknown}'");
            }

            if (result.GetValue(_targets) is not { Length: > 0 })
            {
                result.AddError("no TARGET given (example: certwatch scan example.com:443)");
            }

            if (result.GetValue(_json) && result.GetValue(_format) is { } format && format != "json" && result.GetResult(_format) is { Implicit: false })
            {
                result.AddError($"--json conflicts with --format {format}");
            }

            // A command validator sees 0 for an option that was not given, not its default.
            var perHost = result.GetResult(_perHost) is null ? DefaultPerHost : result.GetValue(_perHost);
            var max = result.GetResult(_maxConnections) is null ? DefaultMaxConnections : result.GetValue(_maxConnections);
            if (perHost > max)
            {
                result.AddError($"--per-host-connections {perHost} exceeds --max-connections {max}");
            }
        });
        return command;
    }

    public ScanSettings Read(ParseResult result)
    {
        var format = result.GetValue(_json) ? OutputFormat.Json : Enum.Parse<OutputFormat>(result.GetValue(_format) ?? "human", ignoreCase: true);
        return new ScanSettings(
            result.GetValue(_targets) ?? [],
            result.GetValue(_sni),
            result.GetValue(_ip),
            result.GetValue(_caFile),
            result.GetValue(_at),
            format,
            result.GetValue(_connectTimeout) ?? TimeSpan.FromSeconds(5),
            result.GetValue(_readTimeout) ?? TimeSpan.FromSeconds(5),
            result.GetValue(_timeout) ?? TimeSpan.FromSeconds(60),
            result.GetValue(_concurrency),
            result.GetValue(_perHost),
            result.GetValue(_maxConnections),
            !result.GetValue(_noHttp))
        {
            StartTls = result.GetValue(_startTls) is { } name && StartTlsDefaults.TryParseName(name, out var protocol) ? protocol : null,
            HttpPort = result.GetValue(_httpPort),
            PublicSuffixListFile = result.GetValue(_psl),
        };
    }

    private IEnumerable<Option> Options() =>
    [
        _sni, _ip, _caFile, _at, _json, _format, _connectTimeout, _readTimeout, _timeout,
        _concurrency, _perHost, _maxConnections, _noHttp, _httpPort, _psl, _startTls,
    ];

    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format") { Description = "Output: human (default), json", HelpName = "FORMAT", DefaultValueFactory = _ => "human" };
        option.AcceptOnlyFromAmong("human", "json");
        return option;
    }
}
