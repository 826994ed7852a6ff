using Certwatch.Core.Findings;
using Spectre.Console;

namespace Certwatch.Cli.Rendering;

/// <summary>Findings, worst first: severity and id, title, why, the evidence, and the fix with its server lines.</summary>
public static class FindingsView
{
    public static void Write(IAnsiConsole console, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            console.MarkupLine("  [green]No findings.[/]");
            return;
        }

        console.MarkupLine("  [bold]Findings[/]");
        foreach (var finding in findings.OrderByDescending(f => f.Severity))
        {
            WriteOne(console, finding);
        }
    }

    private static void WriteOne(IAnsiConsole console, Finding finding)
    {
        var style = StatusStyle.Of(finding.Severity);
        var address = finding.Address is null ? "" : $" [dim]({Markup.Escape(finding.Address)})[/]";
        console.MarkupLine($"  [{style}]{StatusStyle.SeverityLabel(finding.Severity),-8}[/] [bold]{Markup.Escape(finding.Id)}[/]  {Markup.Escape(finding.Title)}{address}");
        Indented(console, finding.Detail);
        foreach (var evidence in finding.Evidence)
        {
            console.MarkupLine($"      [dim]evidence:[/] {Markup.Escape(evidence)}");
        }

        if (finding.Fix is { } fix)
        {
            console.MarkupLine($"      [green]fix:[/] {Markup.Escape(fix.Summary)}");
            foreach (var line in fix.Lines)
            {
                console.MarkupLine($"        [dim]{Markup.Escape(line.Server)}:[/] {Markup.Escape(line.Line)}");
            }
        }
    }

    private static void Indented(IAnsiConsole console, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            console.MarkupLine($"      {Markup.Escape(line)}");
        }
    }
}
