using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Tls.Handshake;
using Certwatch.X509.Analysis;
using Certwatch.X509.Model;

namespace Certwatch.Scanning.Check;

/// <summary>One target's run: probes its addresses concurrently and merges them into the report.</summary>
internal sealed class TargetCheck(Target target, CheckOptions options, DateTimeOffset validationTime, Func<TimeSpan> elapsed)
{
    public async Task<TargetReport> ProbeAllAsync(IReadOnlyList<IPAddress> addresses, CancellationToken cancellationToken)
    {
        var stamp = addresses.Count > 1;
        var results = await Task.WhenAll(addresses.Select(a => AddressCheck.RunAsync(target, a, options, validationTime, stamp, cancellationToken)));
        var reports = results.Select(r => r.Report).ToList();
        var findings = results.SelectMany(r => r.Findings).Concat(AcrossAddresses(reports)).ToList();
        findings.AddRange(NodeDisagreement.Find(reports, findings));
        if (reports.All(r => r.Served.Count == 0))
        {
            var first = reports[0];
            var error = $"{EndpointText.Format(IPAddress.Parse(first.Address), target.Port)}: {first.Observation.Error ?? "no certificate received"}";

            // A server that answers but will not start TLS is a known state, not an unknown one.
            var known = findings.Any(f => f.Id is FindingIds.StartTlsNotOffered or FindingIds.StartTlsRefused);
            return Report(known ? SeverityStatus(findings) : CheckStatus.Unknown, reports, findings, error);
        }

        return Report(Status(reports, findings), reports, findings, null);
    }

    public TargetReport DnsFailed(string message) => Unknown(ConnectionFailureFinding.DnsFailed(message), message);

    public TargetReport Unknown(Finding finding, string error) => Report(CheckStatus.Unknown, [], [finding], error);

    // An address that gave no certificate is an unreachable node behind the name: some users fail now.
    private static CheckStatus Status(IReadOnlyList<AddressReport> reports, IReadOnlyList<Finding> findings)
    {
        if (reports.Any(r => r.Observation.Outcome != HandshakeOutcome.Completed))
        {
            return CheckStatus.Critical;
        }

        return SeverityStatus(findings);
    }

    private static CheckStatus SeverityStatus(IReadOnlyList<Finding> findings)
    {
        return findings.Count == 0 ? CheckStatus.Ok : findings.Max(f => f.Severity) switch
        {
            Severity.Critical => CheckStatus.Critical,
            Severity.Warning => CheckStatus.Warning,
            _ => CheckStatus.Ok,
        };
    }

    // Nodes of one name that serve different certificates with the same issuer and serial break Firefox
    // for users who meet both (SEC_ERROR_REUSED_ISSUER_AND_SERIAL). Reuse inside one served chain is the
    // chain analysis' finding; here only reuse that no single address shows on its own is added.
    private static IEnumerable<Finding> AcrossAddresses(IReadOnlyList<AddressReport> reports)
    {
        if (reports.Count(r => r.Served.Count > 0) < 2)
        {
            return [];
        }

        var seen = reports.SelectMany(r => r.Served.DistinctBy(c => c.Sha256Fingerprint).Select(c => (r.Address, Certificate: c))).ToList();
        var spanning = seen
            .GroupBy(s => (Convert.ToHexString(s.Certificate.IssuerNameDer), s.Certificate.SerialNumber))
            .Where(g => !SeenWholeOnOneAddress(g.ToList()))
            .SelectMany(g => g);
        return ReusedIssuerSerialDetector.Find(spanning);
    }

    private static bool SeenWholeOnOneAddress(IReadOnlyList<(string Address, CertificateInfo Certificate)> group)
    {
        var distinct = group.Select(s => s.Certificate.Sha256Fingerprint).Distinct().Count();
        return group.GroupBy(s => s.Address).Any(a => a.Select(s => s.Certificate.Sha256Fingerprint).Distinct().Count() == distinct);
    }

    private TargetReport Report(CheckStatus status, IReadOnlyList<AddressReport> reports, IEnumerable<Finding> findings, string? error) =>
        new(target, status, reports, [.. findings.OrderByDescending(f => f.Severity)], error, validationTime, elapsed());
}
