using Certwatch.X509.Verdicts;
using Spectre.Console;

namespace Certwatch.Cli.Rendering;

/// <summary>
/// The client verdicts for files and pipes: one block per client with the text unwrapped, so
/// <c>grep "curl: (60)"</c> finds what a table would have broken across lines.
/// </summary>
public static class VerdictList
{
    public static void Write(IAnsiConsole console, IReadOnlyList<ClientVerdict> verdicts)
    {
        console.MarkupLine($"    [dim]outcome:[/] {Markup.Escape(ClientOutcomeLine.Format(verdicts))}");
        string? previousReason = null;
        foreach (var verdict in verdicts)
        {
            var head = verdict.Accepted
                ? "[green]OK[/]"
                : $"[red]{Markup.Escape(verdict.ErrorCode ?? "error")}[/]" + (verdict.Bypassable ? " (bypassable)" : " [red](not bypassable)[/]");
            console.MarkupLine($"    {Markup.Escape(verdict.ClientName),-15} {head}");
            if (!verdict.Accepted && verdict.Message != verdict.ErrorCode)
            {
                console.MarkupLine($"      [dim]shows:[/] {Markup.Escape(verdict.Message)}");
            }

            if (verdict.Reason is { } reason)
            {
                console.MarkupLine($"      [dim]why:[/] {Markup.Escape(reason == previousReason ? "same as above" : reason)}");
                previousReason = reason;
            }
        }
    }
}
