using System.Globalization;
using Certwatch.Scanning.Scan;
using Spectre.Console;

namespace Certwatch.Cli.Rendering;

/// <summary>
/// The few shapes the scan report is drawn with: an indented heading, a line, aligned columns, and a probe
/// that did not complete shown with its reason instead of its value. Everything is escaped here.
/// </summary>
internal sealed class ScanConsole(IAnsiConsole console)
{
    public const int Section = 4;
    public const int Body = 6;

    /// <summary>The console underneath, for the views shared with <c>check</c> (findings).</summary>
    public IAnsiConsole Ansi => console;

    public void Line(int indent, string text, string? style = null) =>
        console.MarkupLine(new string(' ', indent) + Styled(text, style));

    public void Markup(int indent, string markup) => console.MarkupLine(new string(' ', indent) + markup);

    public void Heading(string text) => Line(Section, text, "bold");

    /// <summary>Rows of cells aligned in columns; the row's style colours the whole line.</summary>
    public void Columns(int indent, IReadOnlyList<(IReadOnlyList<string> Cells, string? Style)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var columns = rows.Max(r => r.Cells.Count);
        // A row's last cell is never padded, so it does not widen its column (a long failure reason stays on its own).
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => c < r.Cells.Count - 1 ? r.Cells[c].Length : 0)).ToArray();
        foreach (var (cells, style) in rows)
        {
            var text = string.Join("  ", cells.Select((cell, c) => c == cells.Count - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd();
            Line(indent, text, style);
        }
    }

    /// <summary>Calls <paramref name="render"/> with the value of a completed probe; else one line with the probe's status and reason.</summary>
    public void Probe<T>(string name, ProbeOutcome<T> outcome, Action<T> render)
    {
        if (outcome is { IsCompleted: true, Value: { } value })
        {
            render(value);
            return;
        }

        Line(Body, $"{name}: {NotCompleted(outcome)}", outcome.Status == ProbeStatus.Error ? "magenta" : "dim");
    }

    /// <summary>"probe error: connection reset (after 120 ms)" / "not run: no TLS 1.2".</summary>
    public static string NotCompleted<T>(ProbeOutcome<T> outcome)
    {
        var reason = outcome.Reason ?? "no reason given";
        return outcome.Status switch
        {
            ProbeStatus.Error => $"probe error: {reason}" + (outcome.Elapsed > TimeSpan.Zero ? $" (after {Milliseconds(outcome.Elapsed)})" : ""),
            ProbeStatus.Skipped => reason == "not run" ? reason : $"not run: {reason}",
            _ => "no value",
        };
    }

    public static string Milliseconds(TimeSpan time) =>
        Math.Round(time.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms";

    public static string YesNo(bool value) => value ? "yes" : "no";

    private static string Styled(string text, string? style) =>
        style is null ? Spectre.Console.Markup.Escape(text) : $"[{style}]{Spectre.Console.Markup.Escape(text)}[/]";
}
