using Certwatch.X509.Verdicts;
using Spectre.Console;

namespace Certwatch.Cli.Rendering;

/// <summary>What each client shows for this chain: the exact error code, whether a user can click through, and why.</summary>
public static class VerdictTable
{
    public static Table Build(IReadOnlyList<ClientVerdict> verdicts, bool unicode)
    {
        var table = new Table { Border = unicode ? TableBorder.Rounded : TableBorder.Ascii }
            .AddColumn("Client")
            .AddColumn("Result")
            .AddColumn("Bypassable")
            .AddColumn("Reason");
        foreach (var verdict in verdicts)
        {
            table.AddRow(
                Markup.Escape(verdict.ClientName),
                Result(verdict),
                verdict.Accepted ? "-" : verdict.Bypassable ? "yes" : "[red]no[/]",
                Markup.Escape(verdict.Reason ?? (verdict.Accepted ? "" : verdict.Message)));
        }

        return table;
    }

    private static string Result(ClientVerdict verdict) =>
        verdict.Accepted
            ? "[green]OK[/]"
            : $"[red]{Markup.Escape(verdict.ErrorCode ?? verdict.Message)}[/]";
}
