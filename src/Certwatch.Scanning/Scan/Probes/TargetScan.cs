using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Http;
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
        var perAddress = results.SelectMany(r => r.Findings).ToList();

        // As in check: nodes behind one name that serve different chains — or differ in any finding, a TLS
        // version or suite one node still allows included — are a finding of their own.
        var findings = FindingMerge.WorstFirst([.. perAddress, .. NodeDisagreement.Find([.. reports.Select(r => r.Certificate)], perAddress)]);
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
        var http = options.Http && target.StartTls == StartTlsProtocol.None ? HttpLayerAsync(address, connector, cancellationToken) : null;
        var check = CheckAsync(address, connector, stamp, http, cancellationToken);
        var probes = AddressProbes.RunAsync(connector, endpoint, options.Limits, random, options.ActiveVulnerabilityProbes, cancellationToken);
        var (certificate, certificateFindings) = await check;
        var facts = await probes;
        var httpReport = http is null ? null : await http;
        if (httpReport is { Https.First.Answered: false } && certificate.Served.Count == 0)
        {
            // Nothing answers TLS here: the connection failure is the finding; header and preload verdicts
            // about a site that did not answer would only be noise.
            httpReport = null;
        }

        if (httpReport is not null)
        {
            certificate = certificate with { Observation = certificate.Observation with { Http = FirstHttpsAnswer(httpReport) } };
        }

        var assessment = Assess(facts, certificate);
        var label = stamp ? address.ToString() : null;
        var assessed = assessment.Findings.Select(f => f.Address is null && label is not null ? f with { Address = label } : f);
        var httpFindings = httpReport?.Findings.Select(f => f with { Address = label }) ?? [];
        return (new ScanAddressReport(address.ToString(), certificate, facts, assessment) { Http = httpReport }, [.. certificateFindings, .. assessed, .. httpFindings]);
    }

    // The certificate check's handshake counts against the per-host cap like every probe. With the HTTP layer on,
    // the check sends no HEAD of its own: the verdicts take HSTS from that layer.
    private async Task<(AddressReport Report, IReadOnlyList<Finding> Findings)> CheckAsync(
        IPAddress address, IProbeConnector connector, bool stamp, Task<HttpSecurityReport>? http, CancellationToken cancellationToken)
    {
        var checkOptions = http is null ? options.Check : options.Check with { Probe = options.Check.Probe with { SendHttpHead = false } };
        var hsts = http is null ? null : HstsOf(http);
        using (await connector.ReserveAsync(address, cancellationToken))
        {
            return await AddressCheck.RunAsync(target, address, checkOptions, validationTime, stamp, cancellationToken, hsts);
        }
    }

    // The grade (A+ and the HSTS cap) and the certificate section read the HTTPS answer from the observation, as
    // when the check sent its own HEAD; with the HTTP layer on, that answer is the layer's first https hop.
    private static HttpObservation FirstHttpsAnswer(HttpSecurityReport http)
    {
        var first = http.Https.First;
        return first.Answered
            ? new HttpObservation(first.StatusCode, first.Header(JudgedHeaders.StrictTransportSecurity), null)
            : new HttpObservation(null, null, first.ErrorMessage ?? first.Error.ToString());
    }

    private static async Task<HstsPolicy> HstsOf(Task<HttpSecurityReport> http) => (await http).Hsts.Policy;

    // The HTTP layer connects on its own (https://, http:// on the plain port, www.) one hop at a time: one slot.
    // It is started before the check, so it holds its slot first: the check, which waits for its HSTS, can never
    // hold the last slot the HTTP layer needs.
    private async Task<HttpSecurityReport> HttpLayerAsync(IPAddress address, IProbeConnector connector, CancellationToken cancellationToken)
    {
        using (await connector.ReserveAsync(address, cancellationToken))
        {
            return await HttpSecurityScanner.ScanAsync(target, address, options.HttpSecurity, cancellationToken);
        }
    }

    // A bug in the analysis must not sink the facts and the certificate findings: the grade says why it is missing.
    private ScanAssessment Assess(ScanFacts facts, AddressReport certificate)
    {
        try
        {
            return ScanAnalyzer.Assess(facts, certificate, null, validationTime);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ScanAssessment([], [], new ScanGrade("?", "?", 0, 0, 0, 0, [], [$"assessment failed: {e.GetType().Name}: {e.Message}"]), []);
        }
    }

    private ScanReport Report(CheckStatus status, IReadOnlyList<ScanAddressReport> addresses, IReadOnlyList<Finding> findings, string? error) =>
        new(target, status, addresses, findings, error, validationTime, elapsed());
}
