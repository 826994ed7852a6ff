using System.CommandLine;
using System.CommandLine.Parsing;
using System.Net;
using Certwatch.Scanning.Dns;

namespace Certwatch.Cli.Commands;

/// <summary>The DNS options of <c>certwatch check</c>: <c>--mx</c>, <c>--mx-port</c>, <c>--resolver</c>, <c>--caa</c>, <c>--dane</c>.</summary>
public sealed class DnsOptions
{
    private readonly Option<string[]> _mx = new("--mx")
    {
        Description = "Check every MX host of this mail domain on port 25 with SMTP STARTTLS, and DANE (repeatable)",
        HelpName = "DOMAIN",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<int?> _mxPort = new("--mx-port") { Description = "Connect to MX hosts on this port instead of 25 (TLSA names still use 25)", HelpName = "PORT" };
    private readonly Option<string?> _resolver = CreateResolverOption();
    private readonly Option<bool> _caa = new("--caa") { Description = "Check the CAA records of the certificate's names: may its CA renew it? (RFC 8659)" };
    private readonly Option<bool> _dane = new("--dane") { Description = "Match the TLSA records (_PORT._tcp.HOST) of SMTP targets against the served chain (RFC 7672); on with --mx" };

    public IEnumerable<Option> All => [_mx, _mxPort, _resolver, _caa, _dane];

    public bool HasMx(CommandResult result) => result.GetValue(_mx) is { Length: > 0 };

    public void Validate(CommandResult result)
    {
        if (result.GetValue(_mxPort) is { } port && port is < 1 or > 65535)
        {
            result.AddError($"option '--mx-port': {port} is not between 1 and 65535");
        }

        foreach (var domain in result.GetValue(_mx) ?? [])
        {
            if (!Core.Targets.HostName.IsValid(domain) || IPAddress.TryParse(domain, out _))
            {
                result.AddError($"option '--mx': '{domain}' is not a domain name");
            }
        }
    }

    public CheckSettings Apply(ParseResult result, CheckSettings settings) => settings with
    {
        MxDomains = result.GetValue(_mx) ?? [],
        MxPort = result.GetValue(_mxPort),
        Resolver = DnsServerAddress.TryParse(result.GetValue(_resolver), out var server, out _) ? server : null,
        Caa = result.GetValue(_caa),
        Dane = result.GetValue(_dane),
    };

    private static Option<string?> CreateResolverOption()
    {
        var option = new Option<string?>("--resolver")
        {
            Description = "Resolve with this DNS server (ADDR[:PORT]) instead of the system resolver; MX, CAA and TLSA always use it, else resolv.conf's",
            HelpName = "ADDR[:PORT]",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !DnsServerAddress.TryParse(text, out _, out var error))
            {
                result.AddError($"option '--resolver': {error}");
            }
        });
        return option;
    }
}
