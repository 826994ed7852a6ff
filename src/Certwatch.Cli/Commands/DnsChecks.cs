using Certwatch.Cli.Reporting;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Caa;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Dns;
using Certwatch.Scanning.Mail;

namespace Certwatch.Cli.Commands;

/// <summary>The DNS side of <c>certwatch check</c>: the MX hosts of <c>--mx</c> domains, and CAA and DANE findings added to checked targets.</summary>
public sealed class DnsChecks(CheckSettings settings, DnsClient client)
{
    /// <summary>CAA (with <c>--caa</c>) and DANE (with <c>--dane</c>, SMTP targets only) for reports of explicit targets.</summary>
    public async Task<IReadOnlyList<TargetReport>> AmendAsync(IReadOnlyList<TargetReport> reports, CancellationToken cancellationToken)
    {
        if (!settings.Caa && !settings.Dane)
        {
            return reports;
        }

        var amended = await Task.WhenAll(reports.Select(r => AmendAsync(r, settings.Dane && r.Target.StartTls == StartTlsProtocol.Smtp, r.Target.Port, cancellationToken)));
        return amended;
    }

    /// <summary>Every MX host of every <c>--mx</c> domain, labelled "MX 10 of example.com".</summary>
    public async Task<IReadOnlyList<TargetResult>> CheckMxAsync(CheckRunner runner, CheckOptions options, CancellationToken cancellationToken)
    {
        var results = new List<TargetResult>();
        var mx = new MxCheck(runner, client);
        foreach (var domain in settings.MxDomains)
        {
            foreach (var result in await mx.CheckAsync(domain, settings.MxPort, options, dane: true, cancellationToken))
            {
                var report = settings.Caa ? await AmendAsync(result.Report, dane: false, MxCheck.SmtpPort, cancellationToken) : result.Report;
                results.Add(TargetResult.Checked(report) with { Label = result.Label });
            }
        }

        return results;
    }

    private async Task<TargetReport> AmendAsync(TargetReport report, bool dane, int tlsaPort, CancellationToken cancellationToken)
    {
        var findings = new List<Core.Findings.Finding>();
        if (settings.Caa && report.Addresses.FirstOrDefault(a => a.Served.Count > 0) is { } served && !report.Target.HostIsIpLiteral)
        {
            findings.AddRange(await new CaaCheck(client).FindingsAsync(served.Served[0], report.Target.ExpectedName, cancellationToken));
        }

        if (dane)
        {
            findings.AddRange(await new DaneCheck(client).FindingsAsync(report, tlsaPort, cancellationToken));
        }

        return TargetReportAmendment.With(report, findings);
    }
}
