using System.Globalization;

namespace Certwatch.Cli.Commands;

/// <summary>
/// What <c>certwatch lab</c> prints: one line per scenario (fixed columns, easy to read and to parse with
/// awk), the lab CA file, and a command to try.
/// </summary>
public static class LabPortMap
{
    public const string ReadyLine = "Ready; press Ctrl+C to stop.";

    public static void Write(TextWriter output, LabSession lab)
    {
        var at = lab.Now.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        output.WriteLine($"Certwatch lab: {lab.Endpoints.Count} scenarios on 127.0.0.1 and ::1, certificates made around {at}");
        output.WriteLine($"Lab CA (trust anchor): {lab.TrustAnchorPath}");
        output.WriteLine();
        output.WriteLine($"{"SCENARIO",-22} {"PORT",-5}  {"NAME (--sni)",-18} {"EXPECT",-8} {"FINDINGS",-28} SHOWS");
        foreach (var endpoint in lab.Endpoints)
        {
            var findings = endpoint.Scenario.ExpectedFindingIds.Count == 0 ? "-" : string.Join(",", endpoint.Scenario.ExpectedFindingIds);
            var status = Reporting.StatusRank.Label(endpoint.Scenario.ExpectedStatus);
            output.WriteLine($"{endpoint.Name,-22} {endpoint.Port,-5}  {endpoint.ExpectedName,-18} {status,-8} {findings,-28} {endpoint.Scenario.Shows}");
        }

        output.WriteLine();
        var first = lab.Endpoints.FirstOrDefault(e => e.Scenario.ExpectedFindingIds.Count > 0) ?? lab.Endpoints[0];
        output.WriteLine($"Try: certwatch check {first.CheckArguments} --ca-file {lab.TrustAnchorPath}");
        output.WriteLine(ReadyLine);
    }
}
