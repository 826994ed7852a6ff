using System.Security.Cryptography.X509Certificates;
using Certwatch.Cli.Rendering;
using Certwatch.Cli.Reporting;
using Certwatch.Core.Findings;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Http;
using Certwatch.Scanning.Scan;
using Certwatch.Tls.Handshake;
using Certwatch.Tls.Probing;
using Certwatch.X509.Trust;

namespace Certwatch.Cli.Commands;

/// <summary>Runs <c>certwatch scan</c>: trust, targets, the scan engine, one renderer; returns the exit code.</summary>
public sealed class ScanCommandHandler(CliEnvironment environment)
{
    public async Task<int> RunAsync(ScanSettings settings, CancellationToken cancellationToken)
    {
        if (!TrustStoreLoader.TryLoad(settings.CaFile, out var store, out var error))
        {
            await environment.Error.WriteLineAsync($"certwatch: {error}");
            return (int)CheckStatus.Unknown;
        }

        var (suffixes, suffixError) = settings.PublicSuffixListFile is { } path ? PublicSuffixList.Load(path) : new PublicSuffixListLoadResult(null, null);
        if (suffixError is not null)
        {
            await environment.Error.WriteLineAsync($"certwatch: option '--psl': {suffixError}");
            return (int)CheckStatus.Unknown;
        }

        var targets = ScanTargetList.Parse(settings.Targets, settings.Sni, settings.PinnedIp, settings.StartTls);
        foreach (var targetError in targets.Errors)
        {
            await environment.Error.WriteLineAsync($"certwatch: {targetError}");
        }

        var options = Options(settings, store!, suffixes);
        var runner = new ScanRunner(environment.Resolver, environment.Time);
        var reports = targets.Valid.Count == 0 ? [] : await runner.ScanAllAsync(targets.Valid, options, cancellationToken);
        var run = new ScanRun(targets.Merge(reports), options.Check.At ?? environment.Time.GetUtcNow(), store!.Name, store.Anchors.Count);
        Renderer(settings.Format).Render(run, environment.Out);
        return run.ExitCode;
    }

    private ScanOptions Options(ScanSettings settings, TrustStore store, PublicSuffixList? suffixes)
    {
        // One validation time for every target, so a run is judged against a single "now".
        var at = settings.At ?? environment.Time.GetUtcNow();
        var httpTimeout = settings.ReadTimeout < TimeSpan.FromSeconds(5) ? settings.ReadTimeout : TimeSpan.FromSeconds(5);
        var probe = new ProbeOptions(settings.ConnectTimeout, settings.ReadTimeout, settings.Http, httpTimeout);
        var check = new CheckOptions(store, at, ExpiryPolicy.Default, probe, settings.OverallTimeout, settings.Concurrency);
        var limits = new ProbeLimits(settings.ConnectTimeout, settings.ReadTimeout, settings.ReadTimeout);
        return new ScanOptions(check, limits, settings.PerHostConnections, settings.MaxConnections, settings.Http)
        {
            HttpSecurity = settings.Http ? HttpSecurity(settings, store, suffixes) : new HttpSecurityOptions(),
        };
    }

    // The HTTP layer follows redirects to other hosts and checks www.<domain> through the scan's own resolver,
    // and judges each hop's certificate against the same anchors as the certificate check.
    private HttpSecurityOptions HttpSecurity(ScanSettings settings, TrustStore store, PublicSuffixList? suffixes) => new()
    {
        HopTimeout = settings.ReadTimeout,
        PlainHttpPort = settings.HttpPort == 0 ? null : settings.HttpPort,
        Resolver = environment.Resolver,
        TrustAnchors = [.. store.Anchors.Select(a => X509CertificateLoader.LoadCertificate(a.Der))],
        PublicSuffixList = suffixes,
        TimeProvider = environment.Time,
    };

    private IScanRenderer Renderer(OutputFormat format) => format switch
    {
        OutputFormat.Json => new ScanJsonRenderer(ToolVersion.Current),
        _ => new ScanHumanRenderer(environment.Terminal),
    };
}
