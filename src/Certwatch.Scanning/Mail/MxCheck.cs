using System.Globalization;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Dns;

namespace Certwatch.Scanning.Mail;

/// <summary>
/// <c>check --mx DOMAIN</c>: every MX host of the domain checked on port 25 with SMTP STARTTLS, its name
/// as SNI and as the name the certificate must match, then DANE (RFC 7672) for each. A domain with a null
/// MX or a failed lookup gives one report that says so.
/// </summary>
public sealed class MxCheck(CheckRunner runner, DnsClient client)
{
    public const int SmtpPort = 25;

    /// <param name="connectPort">Connect here instead of 25 (tests, port forwards); TLSA names still use 25.</param>
    /// <param name="dane">Look up and match TLSA records.</param>
    public async Task<IReadOnlyList<MxResult>> CheckAsync(string domain, int? connectPort, CheckOptions options, bool dane, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(options);
        var started = runner.TimeProvider.GetTimestamp();
        var plan = await new MxPlanner(client).PlanAsync(domain, cancellationToken);
        var port = connectPort ?? SmtpPort;
        if (plan.Kind is MxPlanKind.Failed or MxPlanKind.NullMx)
        {
            return [new MxResult(WithoutHosts(plan, port, options, runner.TimeProvider.GetElapsedTime(started)), $"MX of {plan.Domain}")];
        }

        var targets = plan.Hosts.Select(h => TargetFor(h, port)).ToList();
        var reports = await runner.CheckAllAsync(targets, options, cancellationToken);
        var daneCheck = new DaneCheck(client);
        var results = new List<MxResult>();
        for (var i = 0; i < reports.Count; i++)
        {
            var extra = new List<Finding>();
            if (plan.Kind == MxPlanKind.Implicit)
            {
                extra.Add(ImplicitMx(plan.Domain));
            }

            if (dane)
            {
                extra.AddRange(await daneCheck.FindingsAsync(reports[i], SmtpPort, cancellationToken));
            }

            results.Add(new MxResult(TargetReportAmendment.With(reports[i], extra), Label(plan, plan.Hosts[i])));
        }

        return results;
    }

    private static Target TargetFor(MxHost host, int port) =>
        new($"smtp://{host.Name}:{port.ToString(CultureInfo.InvariantCulture)}", host.Name, port, host.Name, null, "smtp")
        {
            StartTls = StartTlsProtocol.Smtp,
        };

    private static string Label(MxPlan plan, MxHost host) => plan.Kind == MxPlanKind.Implicit
        ? $"implicit MX of {plan.Domain}"
        : $"MX {host.Preference.ToString(CultureInfo.InvariantCulture)} of {plan.Domain}";

    private TargetReport WithoutHosts(MxPlan plan, int port, CheckOptions options, TimeSpan elapsed)
    {
        var target = TargetFor(new MxHost(0, plan.Domain), port);
        var at = options.At ?? runner.TimeProvider.GetUtcNow();
        return plan.Kind == MxPlanKind.NullMx
            ? new TargetReport(target, CheckStatus.Ok, [], [NullMx(plan.Domain)], null, at, elapsed)
            : new TargetReport(target, CheckStatus.Unknown, [], [ConnectionFailureFinding.DnsFailed(plan.Error!)], plan.Error, at, elapsed);
    }

    private static Finding NullMx(string domain) => new(
        FindingIds.DnsMxNull,
        Severity.Info,
        $"{domain} accepts no mail (null MX)",
        "The domain publishes the null MX record \"0 .\" (RFC 7505): senders bounce mail to it at once, so there is no mail server to check.",
        [$"{domain} MX 0 ."],
        null);

    private static Finding ImplicitMx(string domain) => new(
        FindingIds.DnsMxImplicit,
        Severity.Info,
        $"{domain} has no MX records: mail goes to its own address",
        "With no MX record, senders deliver to the domain's A/AAAA address as an implicit MX of preference 0 (RFC 5321 §5.1).",
        [$"{domain}: no MX record; checked {domain} itself"],
        FixAdvice.Text("If the domain receives mail, publish an MX record; if it never does, publish the null MX \"0 .\" (RFC 7505)."));
}
