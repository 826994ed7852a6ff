using System.Globalization;
using System.Text;
using Certwatch.Cli.Reporting;
using Certwatch.Core.Findings;

namespace Certwatch.Cli.Rendering;

/// <summary>
/// Monitoring-plugin output (Nagios Plugin Development Guidelines): exactly one line,
/// <c>SSL STATE - target: summary; target: summary | perfdata</c>. Perfdata per target: the leaf's days
/// left (with warn/crit thresholds), the earliest expiry on the chain, and the handshake time. With one
/// target the labels are bare; with several each label is prefixed by the target.
/// </summary>
public sealed class NagiosReportRenderer : IReportRenderer
{
    public void Render(CheckRun run, TextWriter output)
    {
        var summaries = run.Results.Select(Summary);
        var perfdata = run.Results.SelectMany(r => Perfdata(r, run.Expiry, run.Results.Count > 1));
        var line = new StringBuilder()
            .Append("SSL ").Append(StatusRank.Label(run.Status)).Append(" - ")
            .Append(string.Join("; ", summaries));
        var perf = string.Join(' ', perfdata);
        if (perf.Length > 0)
        {
            line.Append(" | ").Append(perf);
        }

        output.WriteLine(line.ToString());
    }

    private static string Summary(TargetResult result)
    {
        if (result.Report is not { } report)
        {
            return $"{result.DisplayWithLabel}: UNKNOWN, {Clean(result.InputError ?? "not checked")}";
        }

        var problems = report.Findings.Where(f => f.Severity > Severity.Info).OrderByDescending(f => f.Severity).ToList();
        var days = ExpiryFacts.LeafDaysLeft(report) switch
        {
            null => "",
            < 0 and var left => $", expired {-left} days ago",
            var left => $", {left} days left",
        };
        var more = problems.Count > 1 ? $" (+{problems.Count - 1} more)" : "";
        var head = problems.Count > 0 ? $", {problems[0].Id}: {Clean(problems[0].Title)}{more}"
            : report.Error is { } error ? $", {Clean(error)}" : "";
        return $"{result.DisplayWithLabel}: {StatusRank.Label(report.Status)}{head}{days}";
    }

    private static IEnumerable<string> Perfdata(TargetResult result, ExpiryPolicy expiry, bool prefixed)
    {
        if (result.Report is null)
        {
            yield break;
        }

        var prefix = prefixed ? result.Display + " " : "";
        var warn = expiry.WarningDays.ToString(CultureInfo.InvariantCulture);
        var crit = expiry.CriticalDays.ToString(CultureInfo.InvariantCulture);
        if (ExpiryFacts.LeafDaysLeft(result.Report) is { } leaf)
        {
            yield return $"{Label(prefix + "days_left")}={leaf};{warn};{crit};0";
        }

        if (ExpiryFacts.ChainDaysLeft(result.Report) is { } chain)
        {
            yield return $"{Label(prefix + "chain_days_left")}={chain};{warn};{crit};0";
        }

        if (ExpiryFacts.SlowestHandshake(result.Report) is { } handshake)
        {
            yield return $"{Label(prefix + "handshake_time")}={Math.Round(handshake.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)}ms;;;0";
        }
    }

    /// <summary>Labels with spaces, '=' or quotes must be single-quoted; a quote inside doubles (plugin guidelines §perfdata).</summary>
    private static string Label(string label) =>
        label.Any(c => c is ' ' or '=' or '\'' or ':' or '[')
            ? "'" + label.Replace("'", "''", StringComparison.Ordinal) + "'"
            : label;

    /// <summary>Plugin output is one line and '|' starts the perfdata, so neither may appear in text.</summary>
    private static string Clean(string text) =>
        text.ReplaceLineEndings(" ").Replace('|', '/');
}
