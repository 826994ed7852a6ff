using Certwatch.Cli.Rendering;
using Certwatch.Cli.Reporting;
using Certwatch.Core.Findings;
using Certwatch.Scanning.Aia;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Resolution;
using Certwatch.Tls.Handshake;
using Certwatch.X509.Trust;

namespace Certwatch.Cli.Commands;

/// <summary>Runs <c>certwatch check</c>: trust, targets, the pipeline, one renderer; returns the exit code.</summary>
public sealed class CheckCommandHandler(CliEnvironment environment)
{
    public async Task<int> RunAsync(CheckSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Lab)
        {
            // The lab's own root is the trust anchor; its certificates are made around "now".
            await using var lab = LabSession.Start(environment.Time.GetUtcNow());
            var labTargets = new TargetList().Add(lab.Targets).Add(settings.Targets, settings.Sni, settings.PinnedIp, settings.StartTls);
            return await CheckAsync(settings, labTargets, lab.TrustStore, cancellationToken);
        }

        if (!TrustStoreLoader.TryLoad(settings.CaFile, settings.TrustStoreFile, out var store, out var error))
        {
            await environment.Error.WriteLineAsync($"certwatch: {error}");
            return (int)CheckStatus.Unknown;
        }

        return await CheckAsync(settings, TargetList.Parse(settings.Targets, settings.Sni, settings.PinnedIp, settings.StartTls), store!, cancellationToken);
    }

    private async Task<int> CheckAsync(CheckSettings settings, TargetList targets, TrustStore store, CancellationToken cancellationToken)
    {
        foreach (var error in targets.Errors)
        {
            await environment.Error.WriteLineAsync($"certwatch: {error}");
        }

        using var fetcher = new BoundedHttpFetcher(ChainSources.Network(settings));
        var intermediates = ChainSources.Intermediates(settings, environment);
        var options = Options(settings, store) with { Network = ChainSources.Network(settings), Intermediates = intermediates, Fetcher = fetcher };
        var resolvers = ResolverChoice.For(environment.Resolver, settings.Resolver);
        var runner = new CheckRunner(resolvers.Addresses, environment.Time);
        var dns = new DnsChecks(settings, resolvers.Records);
        var reports = targets.Valid.Count == 0 ? [] : await runner.CheckAllAsync(targets.Valid, options, cancellationToken);
        reports = await dns.AmendAsync(reports, cancellationToken);
        var mx = await dns.CheckMxAsync(runner, options, cancellationToken);
        var run = new CheckRun(
            [.. targets.Merge(reports), .. mx],
            options.At ?? environment.Time.GetUtcNow(),
            store.Name,
            store.Anchors.Count,
            settings.Expiry);
        Renderer(settings.Format).Render(run, environment.Out);
        if (!intermediates.Save(out var saveError))
        {
            await environment.Error.WriteLineAsync($"certwatch: {saveError}");
        }

        return run.ExitCode;
    }

    private CheckOptions Options(CheckSettings settings, TrustStore store)
    {
        // One validation time for every target, so a run is judged against a single "now".
        var at = settings.At ?? environment.Time.GetUtcNow();
        var httpTimeout = settings.HandshakeTimeout < TimeSpan.FromSeconds(5) ? settings.HandshakeTimeout : TimeSpan.FromSeconds(5);
        var probe = new ProbeOptions(settings.ConnectTimeout, settings.HandshakeTimeout, settings.SendHttpHead, httpTimeout);
        return new CheckOptions(store, at, settings.Expiry, probe, settings.OverallTimeout, settings.Concurrency);
    }

    private IReportRenderer Renderer(OutputFormat format) => format switch
    {
        OutputFormat.Json => new JsonReportRenderer(ToolVersion.Current),
        OutputFormat.Nagios => new NagiosReportRenderer(),
        _ => new HumanReportRenderer(environment.Terminal),
    };
}
