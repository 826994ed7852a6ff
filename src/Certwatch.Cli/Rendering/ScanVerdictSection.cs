using Certwatch.Core.Findings;
using Certwatch.Scanning.Scan;

namespace Certwatch.Cli.Rendering;

/// <summary>Vulnerabilities (active probes plus the analyzer's findings), client simulation, Mozilla profiles and grade caps.</summary>
internal static class ScanVerdictSection
{
    public static void WriteVulnerabilities(ScanConsole console, ScanFacts facts, ScanAssessment assessment)
    {
        console.Heading("Vulnerabilities");
        var rows = new List<(IReadOnlyList<string>, string?)>
        {
            Active("Heartbleed (CVE-2014-0160)", facts.Heartbleed, h => (h.Vulnerable, h.Evidence)),
            Active("CCS injection (CVE-2014-0224)", facts.CcsInjection, c => (c.Vulnerable, c.Evidence)),
            Robot(facts.Robot),
        };
        rows.AddRange(assessment.Findings
            .Where(f => f.Severity > Severity.Info)
            .OrderByDescending(f => f.Severity)
            .Select(f => ((IReadOnlyList<string>)[f.Id, $"{StatusStyle.SeverityLabel(f.Severity)}: {f.Title}"], (string?)StatusStyle.Of(f.Severity))));
        console.Columns(ScanConsole.Body, rows);
        if (assessment.Findings.All(f => f.Severity == Severity.Info))
        {
            console.Line(ScanConsole.Body, "no weakness found by the analysis", "green");
        }
    }

    public static void WriteClients(ScanConsole console, IReadOnlyList<ClientSimulationResult> clients)
    {
        console.Heading("Client simulation");
        if (clients.Count == 0)
        {
            console.Line(ScanConsole.Body, "no client simulated", "dim");
            return;
        }

        console.Columns(ScanConsole.Body, [.. clients.Select(c => c.Success
            ? ((IReadOnlyList<string>)[c.Client, c.Protocol is { } p ? ScanProtocolSection.Name(p) : "?", c.Suite?.IanaName ?? "?", c.Group?.ToString() ?? ""], (string?)null)
            : ([c.Client, "FAILS", c.Failure ?? "no common configuration"], "red"))]);
    }

    public static void WriteMozilla(ScanConsole console, IReadOnlyList<MozillaProfileCompliance> profiles)
    {
        console.Heading("Mozilla server-side TLS profiles");
        foreach (var profile in profiles)
        {
            console.Line(ScanConsole.Body, profile.Compliant
                ? $"{profile.Profile}: compliant"
                : $"{profile.Profile}: not compliant ({profile.Deviations.Count} deviation{(profile.Deviations.Count == 1 ? "" : "s")})", profile.Compliant ? "green" : null);
            foreach (var deviation in profile.Deviations)
            {
                console.Line(ScanConsole.Body + 2, "- " + deviation, "dim");
            }
        }
    }

    public static void WriteGrade(ScanConsole console, ScanGrade grade)
    {
        console.Heading("Grade");
        console.Line(ScanConsole.Body, $"{grade.Grade}" + (grade.GradeIgnoringTrust != grade.Grade ? $" ({grade.GradeIgnoringTrust} if trusted)" : "")
            + $"  score {grade.Score}: protocol {grade.ProtocolScore}, key exchange {grade.KeyExchangeScore}, cipher {grade.CipherScore}", ScanGradeStyle.Of(grade.Grade));
        console.Columns(ScanConsole.Body, [.. grade.Caps.Select(c => ((IReadOnlyList<string>)[$"cap {c.Cap}", c.Rule, c.Reason], (string?)null))]);
        foreach (var note in grade.Notes)
        {
            console.Line(ScanConsole.Body, note, "dim");
        }
    }

    // An unstable answer is shown as inconclusive in yellow: neither a clean bill nor a vulnerability.
    private static (IReadOnlyList<string>, string?) Robot(ProbeOutcome<RobotFacts> outcome)
    {
        const string name = "ROBOT (CVE-2017-13099)";
        if (outcome is { IsCompleted: true, Value: { Verdict: RobotVerdict.Inconclusive } robot })
        {
            return ([name, $"{robot.Evidence} ({robot.Suite})"], "yellow");
        }

        return Active(name, outcome, r => (r.Vulnerable, r.Vulnerable ? $"{(r.Verdict == RobotVerdict.StrongOracle ? "strong" : "weak")} oracle, {r.Suite}: {r.Evidence}" : r.Evidence));
    }

    private static (IReadOnlyList<string>, string?) Active<T>(string name, ProbeOutcome<T> outcome, Func<T, (bool Vulnerable, string Evidence)> read)
    {
        if (outcome is not { IsCompleted: true, Value: { } value })
        {
            return ([name, ScanConsole.NotCompleted(outcome)], outcome.Status == ProbeStatus.Error ? "magenta" : "dim");
        }

        var (vulnerable, evidence) = read(value);
        return ([name, (vulnerable ? "VULNERABLE" : "not vulnerable") + (evidence.Length > 0 ? $" ({evidence})" : "")], vulnerable ? "red" : "green");
    }
}
