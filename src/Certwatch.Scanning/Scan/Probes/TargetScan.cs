using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Scan;
using Certwatch.Tls.Handshake;
using Certwatch.Tls.Probing;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>One target's scan: every address checked and probed concurrently, assessed, merged into the report.</summary>
internal sealed class TargetScan(Target target, ScanOptions options, DateTimeOffset validationTime, Func<TimeSpan> elapsed, ProbeRandom random)
{
    public async Task<ScanReport> ScanAllAsync(IReadOnlyList<IPAddress> addresses, IProbeConnector connector, CancellationToken cancellationToken)
    {
        var stamp = addresses.Count > 1;
        var results = await Task.WhenAll(addresses.Select(a => ScanAddressAsync(a, connector, stamp, cancellationToken)));
        var reports = results.Select(r => r.Report).ToList();
        var findings = FindingMerge.WorstFirst(results.SelectMany(r => r.Findings));
        var reachable = reports.Any(r => r.Certificate.Served.Count > 0 || (r.Facts.Protocols.Value?.Any(p => p.Supported) ?? false));
        if (!reachable)
        {
            var first = reports[0];
            var error = $"{EndpointText.Format(IPAddress.Parse(first.Address), target.Port)}: {first.Certificate.Observation.Error ?? first.Facts.Protocols.Reason ?? "no TLS answer"}";
            // A server that answers but will not start TLS is a known state, not an unknown one (as in check).
            var known = findings.Any(f => f.Id is FindingIds.StartTlsNotOffered or FindingIds.StartTlsRefused);
            return Report(known ? FindingMerge.Status(findings) : CheckStatus.Unknown, reports, findings, error);
        }

        var status = reports.Any(r => r.Certificate.Observation.Outcome != HandshakeOutcome.Completed) ? CheckStatus.Critical : FindingMerge.Status(findings);
        return Report(status, reports, findings, null);
    }

    public ScanReport Unknown(Finding finding, string error) => Report(CheckStatus.Unknown, [], [finding], error);

    private async Task<(ScanAddressReport Report, IReadOnlyList<Finding> Findings)> ScanAddressAsync(
        IPAddress address, IProbeConnector connector, bool stamp, CancellationToken cancellationToken)
    {
        var endpoint = new ProbeEndpoint(address, target.Port, target.ServerName, target.StartTls, target.ServerName ?? target.Host);
        var check = AddressCheck.RunAsync(target, address, options.Check, validationTime, stamp, cancellationToken);
        var probes = AddressProbes.RunAsync(connector, endpoint, options.Limits, random, options.ActiveVulnerabilityProbes, cancellationToken);
        var (certificate, certificateFindings) = await check;
        var facts = await probes;
        var assessment = Assess(facts, certificate);
        var label = stamp ? address.ToString() : null;
        var assessed = assessment.Findings.Select(f => f.Address is null && label is not null ? f with { Address = label } : f);
        return (new ScanAddressReport(address.ToString(), certificate, facts, assessment), [.. certificateFindings, .. assessed]);
    }

    // ScanAnalyzer is written in parallel; until it exists (or if it fails on these facts) the scan still reports
    // the facts and the certificate findings, and the grade says why it is missing.
    private static ScanAssessment Assess(ScanFacts facts, AddressReport certificate)
    {
        try
        {
            return ScanAnalyzer.Assess(facts, certificate);
        }
        catch (NotImplementedException)
        {
            return new ScanAssessment([], [], new ScanGrade("?", "?", 0, 0, 0, 0, [], []), []);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ScanAssessment([], [], new ScanGrade("?", "?", 0, 0, 0, 0, [], [$"assessment failed: {e.GetType().Name}: {e.Message}"]), []);
        }
    }

    private ScanReport Report(CheckStatus status, IReadOnlyList<ScanAddressReport> addresses, IReadOnlyList<Finding> findings, string? error) =>
        new(target, status, addresses, findings, error, validationTime, elapsed());
}
