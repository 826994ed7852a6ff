using Certwatch.X509.Verdicts;
using Spectre.Console;

namespace Certwatch.Cli.Rendering;

/// <summary>What each client shows for this chain: the exact error code and text, whether a user can click through, and why.</summary>
public static class VerdictTable
{
    public static Table Build(IReadOnlyList<ClientVerdict> verdicts, bool unicode)
    {
        var table = new Table { Border = unicode ? TableBorder.Rounded : TableBorder.Ascii }
            .AddColumn("Client")
            .AddColumn("Shows")
            .AddColumn("Bypassable")
            .AddColumn("Why");
        string? previousReason = null;
        foreach (var verdict in verdicts)
        {
            table.AddRow(
                Markup.Escape(verdict.ClientName),
                Shows(verdict),
                verdict.Accepted ? "-" : verdict.Bypassable ? "yes" : "[red]no[/]",
                Markup.Escape(Why(verdict, previousReason)));
            previousReason = verdict.Reason ?? previousReason;
        }

        return verdicts.Count == 0 ? table : table.Caption(Markup.Escape(ClientOutcomeLine.Format(verdicts)));
    }

    // The code alone is not what a user sees for Go or curl ("x509.UnknownAuthorityError"); the text is.
    // Browsers' texts already contain their code, so they are shown once.
    private static string Shows(ClientVerdict verdict)
    {
        if (verdict.Accepted)
        {
            return "[green]OK[/]";
        }

        var code = verdict.ErrorCode;
        var text = code is null || verdict.Message.Contains(code, StringComparison.Ordinal)
            ? verdict.Message
            : code + "\n" + verdict.Message;
        return $"[red]{Markup.Escape(text)}[/]";
    }

    // Most clients fail for the same reason; repeating a paragraph six times hides the differences.
    private static string Why(ClientVerdict verdict, string? previousReason) =>
        verdict.Reason is null ? ""
        : verdict.Reason == previousReason ? "(same as above)"
        : verdict.Reason;
}
