using System.Globalization;
using Certwatch.Cli.Reporting;
using Certwatch.Core.Findings;
using Certwatch.Scanning.Check;
using Certwatch.Tls.Handshake;
using Spectre.Console;

namespace Certwatch.Cli.Rendering;

/// <summary>
/// The default output for people: per target a status line naming the worst finding, then per address
/// the handshake, the served chain as a tree, the findings with fixes, and the client-verdict table.
/// </summary>
public sealed class HumanReportRenderer(TerminalProfile profile) : IReportRenderer
{
    public void Render(CheckRun run, TextWriter output) => ConsoleFactory.Render(output, profile, console => RenderTo(console, run));

    private void RenderTo(IAnsiConsole console, CheckRun run)
    {
        foreach (var result in run.Results)
        {
            RenderTarget(console, result, run);
            console.WriteLine();
        }

        if (run.Results.Count > 1)
        {
            var counts = run.Results.GroupBy(r => r.Status).OrderByDescending(g => StatusRank.Of(g.Key))
                .Select(g => $"{g.Count()} {StatusRank.Label(g.Key)}");
            console.MarkupLine($"[bold]{run.Results.Count} targets:[/] {string.Join(", ", counts)}");
        }
    }

    private void RenderTarget(IAnsiConsole console, TargetResult result, CheckRun run)
    {
        console.MarkupLine(StatusLine(result));
        if (result.Report is not { } report)
        {
            return;
        }

        console.MarkupLine($"  [dim]validated at {report.ValidationTime.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)} against {Markup.Escape(run.TrustStoreName)}; took {Milliseconds(report.Elapsed)}[/]");
        foreach (var address in report.Addresses)
        {
            RenderAddress(console, address, report, run.Expiry);
        }

        FindingsView.Write(console, report.Findings);
    }

    private void RenderAddress(IAnsiConsole console, AddressReport address, TargetReport report, ExpiryPolicy expiry)
    {
        console.WriteLine();
        console.MarkupLine("  " + HandshakeLine(address.Observation));
        if (address.Served.Count > 0)
        {
            console.Write(new Padder(CertificateTree.Build(address.Served, report.ValidationTime, expiry, profile.Unicode), new Padding(2, 0, 0, 0)));
        }

        if (address.Analysis is { } analysis)
        {
            console.MarkupLine($"  [bold]Path:[/] {Markup.Escape(PathText(analysis))}");
            if (analysis.Verdicts.Count > 0)
            {
                console.MarkupLine("  [bold]Clients[/]");
                if (profile.Unicode)
                {
                    WriteTable(console, VerdictTable.Build(analysis.Verdicts, unicode: true));
                }
                else
                {
                    VerdictList.Write(console, analysis.Verdicts);
                }
            }
        }
    }

    // Tables are laid out at the terminal's width (or the plain profile's), even when free text is not wrapped.
    private void WriteTable(IAnsiConsole console, Table table)
    {
        var width = console.Profile.Width;
        console.Profile.Width = profile.Width;
        console.Write(new Padder(table, new Padding(2, 0, 0, 0)));
        console.Profile.Width = width;
    }

    private static string StatusLine(TargetResult result)
    {
        var label = StatusRank.Label(result.Status);
        var worst = result.Report?.Findings.Where(f => f.Severity > Severity.Info).OrderByDescending(f => f.Severity).FirstOrDefault();
        var more = (result.Report?.Findings.Count(f => f.Severity > Severity.Info) ?? 0) - 1;
        var summary = worst is not null
            ? $"{worst.Id}: {worst.Title}" + (more > 0 ? $" (+{more} more)" : "")
            : result.Error ?? DaysSummary(result.Report);
        return $"[bold {StatusStyle.Of(result.Status)}]{label,-8}[/]  [bold]{Markup.Escape(result.DisplayWithLabel)}[/]  {Markup.Escape(summary)}";
    }

    private static string DaysSummary(TargetReport? report) =>
        report is not null && ExpiryFacts.LeafDaysLeft(report) is { } days ? $"certificate valid, {days} days left" : "";

    private static string HandshakeLine(HandshakeObservation observation)
    {
        var where = Markup.Escape($"{observation.Address} port {observation.Port}" + (observation.ServerName is null ? "" : $" (SNI {observation.ServerName})"));
        if (observation.Outcome != HandshakeOutcome.Completed)
        {
            return $"[bold]{where}[/]  [red]{Markup.Escape(observation.Outcome.ToString())}[/]: {Markup.Escape(observation.Error ?? "")}";
        }

        var parts = new List<string> { observation.Protocol ?? "?", observation.CipherSuite ?? "?" };
        if (observation.StartTls is { } dialogue)
        {
            parts.Insert(0, "after " + Tls.StartTls.StartTlsDialogue.DisplayName(dialogue.Protocol) + " STARTTLS");
        }

        if (observation.Alpn is { Length: > 0 } alpn)
        {
            parts.Add("ALPN " + alpn);
        }

        parts.Add($"connect {Milliseconds(observation.ConnectTime)}, handshake {Milliseconds(observation.HandshakeTime)}");
        if (observation.Http?.StrictTransportSecurity is { } hsts)
        {
            parts.Add("HSTS " + hsts);
        }

        return $"[bold]{where}[/]  {Markup.Escape(string.Join("  ", parts))}";
    }

    private static string PathText(X509.Analysis.ChainAnalysis analysis)
    {
        var validation = analysis.Validation;
        var names = string.Join(" → ", validation.Path.Select(c => c.DisplayName));
        var end = validation.Best.EndsAtTrustAnchor ? " (trust anchor)" : " (no trust anchor reached)";
        var verdict = validation.IsValid ? "valid" : $"{validation.Problems.Count} problem(s)";
        return $"{names}{end} — {verdict}";
    }

    private static string Milliseconds(TimeSpan time) =>
        Math.Round(time.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms";
}
