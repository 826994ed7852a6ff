using System.CommandLine;
using Certwatch.Cli.Rendering;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;

namespace Certwatch.Cli.Commands;

/// <summary>The options and arguments of <c>certwatch check</c>, and how a parse result becomes <see cref="CheckSettings"/>.</summary>
public sealed class CheckCommandDefinition
{
    private readonly Argument<string[]> _targets = new("TARGET")
    {
        Description = "host, host:port, https://host/, [v6]:port or an IP (repeatable)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string?> _sni = new("--sni") { Description = "Name to send as SNI and to match the certificate against", HelpName = "NAME" };
    private readonly Option<string?> _ip = new("--ip") { Description = "Connect to this address instead of resolving the host", HelpName = "ADDR" };
    private readonly Option<string?> _caFile = new("--ca-file") { Description = "Trust the CA certificates in this PEM file instead of the system store", HelpName = "FILE" };
    private readonly Option<DateTimeOffset?> _at = new("--at") { Description = "Judge validity as of this ISO 8601 date or time (2027-03-01, 2027-03-01T12:00Z)", HelpName = "DATE", CustomParser = OptionParsers.Instant };
    private readonly Option<bool> _json = new("--json") { Description = "Same as --format json" };
    private readonly Option<string> _format = CreateFormatOption();
    private readonly Option<IReadOnlyList<int>?> _thresholds = new("--thresholds") { Description = "Expiry warning steps in days; the largest starts WARNING (default 30,14,7,1)", HelpName = "DAYS", CustomParser = OptionParsers.Thresholds };
    private readonly Option<int> _criticalDays = ScanOptionFactory.Range("--critical-days", "Days left at or below which expiry is CRITICAL", "DAYS", ExpiryPolicy.Default.CriticalDays, 0, 3650);
    private readonly Option<TimeSpan?> _connectTimeout = ScanOptionFactory.Duration("--connect-timeout", "TCP connect timeout (default 5s)");
    private readonly Option<TimeSpan?> _handshakeTimeout = ScanOptionFactory.Duration("--handshake-timeout", "TLS handshake timeout (default 10s)");
    private readonly Option<TimeSpan?> _timeout = ScanOptionFactory.Duration("--timeout", "Bound on one whole target, every address included (default 30s)");
    private readonly Option<int> _concurrency = ScanOptionFactory.Range("--concurrency", "Targets checked at once", "N", 16, 1, 1024);
    private readonly Option<bool> _noHttp = new("--no-http") { Description = "Do not send HEAD / after the handshake (no HSTS detection)" };
    private readonly Option<string?> _startTls = ScanOptionFactory.StartTls();
    private readonly Option<bool> _lab = new("--lab") { Description = "Start the built-in lab of broken servers and check every scenario (trusting the lab CA)" };
    private readonly DnsOptions _dns = new();
    private readonly ChainSourceOptions _sources = new();

    public Command CreateCommand()
    {
        var command = new Command("check", "Check the certificate chain of one or more TLS endpoints and explain what each client will show.");
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

            _dns.Validate(result);
            _sources.Validate(result, _caFile);
            if (result.GetValue(_targets) is not { Length: > 0 } && !result.GetValue(_lab) && !_dns.HasMx(result))
            {
                result.AddError("no TARGET given (example: certwatch check example.com:443, or certwatch check --lab)");
            }

            if (result.GetValue(_json) && result.GetValue(_format) is { } format && format != "json" && result.GetResult(_format) is { Implicit: false })
            {
                result.AddError($"--json conflicts with --format {format}");
            }
        });
        return command;
    }

    public CheckSettings Read(ParseResult result)
    {
        return _sources.Apply(result, _dns.Apply(result, ReadCore(result)));
    }

    private CheckSettings ReadCore(ParseResult result)
    {
        var format = result.GetValue(_json) ? OutputFormat.Json : Enum.Parse<OutputFormat>(result.GetValue(_format) ?? "human", ignoreCase: true);
        return new CheckSettings(
            result.GetValue(_targets) ?? [],
            result.GetValue(_sni),
            result.GetValue(_ip),
            result.GetValue(_caFile),
            result.GetValue(_at),
            format,
            new ExpiryPolicy(result.GetValue(_thresholds) ?? ExpiryPolicy.Default.ThresholdDays, result.GetValue(_criticalDays)),
            result.GetValue(_connectTimeout) ?? TimeSpan.FromSeconds(5),
            result.GetValue(_handshakeTimeout) ?? TimeSpan.FromSeconds(10),
            result.GetValue(_timeout) ?? TimeSpan.FromSeconds(30),
            result.GetValue(_concurrency),
            !result.GetValue(_noHttp),
            result.GetValue(_lab))
        {
            StartTls = result.GetValue(_startTls) is { } name && StartTlsDefaults.TryParseName(name, out var protocol) ? protocol : null,
        };
    }

    private IEnumerable<Option> Options() =>
    [
        _sni, _ip, _caFile, _at, _json, _format, _thresholds, _criticalDays,
        _connectTimeout, _handshakeTimeout, _timeout, _concurrency, _noHttp, _startTls, _lab, .. _dns.All, .. _sources.All,
    ];

    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format") { Description = "Output: human (default), json, nagios", HelpName = "FORMAT", DefaultValueFactory = _ => "human" };
        option.AcceptOnlyFromAmong("human", "json", "nagios");
        return option;
    }
}
