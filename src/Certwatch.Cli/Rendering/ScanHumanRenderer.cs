using System.Globalization;
using Certwatch.Cli.Reporting;
using Certwatch.Core.Findings;
using Certwatch.Scanning.Scan;
using Spectre.Console;

namespace Certwatch.Cli.Rendering;

/// <summary>
/// The scan report for people: per target a summary line with status, grade and the caps' reasons, then per
/// address the protocols, cipher suites, key exchange, features, vulnerabilities, client simulation, Mozilla
/// profiles, grade, certificate and the HTTP layer; the merged findings with fixes close each target.
/// </summary>
public sealed class ScanHumanRenderer(TerminalProfile profile) : IScanRenderer
{
    public void Render(ScanRun run, TextWriter output) => ConsoleFactory.Render(output, profile, ansi => RenderTo(ansi, run));

    private static void RenderTo(IAnsiConsole ansi, ScanRun run)
    {
        var console = new ScanConsole(ansi);
        foreach (var result in run.Results)
        {
            RenderTarget(console, result);
            ansi.WriteLine();
        }

        if (run.Results.Count > 1)
        {
            var counts = run.Results.GroupBy(r => r.Status).OrderByDescending(g => StatusRank.Of(g.Key))
                .Select(g => $"{g.Count()} {StatusRank.Label(g.Key)}");
            console.Markup(0, $"[bold]{run.Results.Count} targets:[/] {Markup.Escape(string.Join(", ", counts))}");
        }
    }

    private static void RenderTarget(ScanConsole console, ScanTargetResult result)
    {
        console.Markup(0, SummaryLine(result));
        if (result.Report is not { } report)
        {
            return;
        }

        var connections = report.Addresses.Sum(a => a.Facts.Connections);
        console.Line(2, $"scanned {report.Addresses.Count} address(es) with {connections} connection(s) in {ScanConsole.Milliseconds(report.Elapsed)}; certificates judged at {report.ValidationTime.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)}", "dim");
        foreach (var address in report.Addresses)
        {
            RenderAddress(console, address, report.ValidationTime);
        }

        console.Line(0, "");
        FindingsView.Write(console.Ansi, report.Findings);
    }

    private static void RenderAddress(ScanConsole console, ScanAddressReport address, DateTimeOffset validationTime)
    {
        var grade = address.Assessment.Grade;
        console.Line(0, "");
        if (!address.Facts.Protocols.IsCompleted)
        {
            // Nothing answered the first probe: every other section would only repeat that, so say it once.
            console.Markup(2, $"[bold]{Markup.Escape(address.Address)}[/]  [magenta]not scanned: {Markup.Escape(ScanConsole.NotCompleted(address.Facts.Protocols))}[/]");
            ScanCertificateSection.Write(console, address.Certificate, validationTime);
            return;
        }

        console.Markup(2, $"[bold]{Markup.Escape(address.Address)}[/]  grade [bold {ScanGradeStyle.Of(grade.Grade)}]{Markup.Escape(grade.Grade)}[/]  [dim]{address.Facts.Connections} connections, {ScanConsole.Milliseconds(address.Facts.Elapsed)}[/]");
        ScanProtocolSection.Write(console, address.Facts);
        ScanFeatureSection.Write(console, address.Facts, address.Assessment.OcspStaple);
        ScanVerdictSection.WriteVulnerabilities(console, address.Facts, address.Assessment);
        ScanVerdictSection.WriteClients(console, address.Assessment.Clients);
        ScanVerdictSection.WriteMozilla(console, address.Assessment.Mozilla);
        ScanVerdictSection.WriteGrade(console, grade);
        ScanCertificateSection.Write(console, address.Certificate, validationTime);
        ScanHttpSection.Write(console, address.Http);
    }

    /// <summary>"CRITICAL  host:443  grade F · headers B  (F: SSLv2 offered; B: TLS 1.0 supported)  tls.x: title (+3 more)".</summary>
    private static string SummaryLine(ScanTargetResult result)
    {
        var label = StatusRank.Label(result.Status);
        var head = $"[bold {StatusStyle.Of(result.Status)}]{label,-8}[/]  [bold]{Markup.Escape(result.Display)}[/]";
        if (result.Report is not { } report || result.Error is not null)
        {
            return $"{head}  {Markup.Escape(result.Error ?? "")}";
        }

        var grade = result.Grade is { } g ? $"  grade [bold {ScanGradeStyle.Of(g)}]{Markup.Escape(g)}[/]" : "";
        var headers = result.HeaderGrade is { } h ? $"{(grade.Length > 0 ? " · " : "  ")}headers [bold {ScanHttpText.GradeStyle(h)}]{Markup.Escape(h)}[/]" : "";
        var caps = report.Addresses.SelectMany(a => a.Assessment.Grade.Caps).DistinctBy(c => c.Rule).ToList();
        var capText = caps.Count == 0 ? "" : $"  (capped: {Markup.Escape(string.Join("; ", caps.Select(c => $"{c.Cap}: {c.Rule}")))})";
        var serious = report.Findings.Where(f => f.Severity > Severity.Info).OrderByDescending(f => f.Severity).ToList();
        var worst = serious.Count == 0 ? "" : $"  {Markup.Escape($"{serious[0].Id}: {serious[0].Title}" + (serious.Count > 1 ? $" (+{serious.Count - 1} more)" : ""))}";
        return head + grade + headers + capText + worst;
    }
}
