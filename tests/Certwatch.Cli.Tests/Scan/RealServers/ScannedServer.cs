using System.Text.Json;
using Certwatch.Cli.Tests.Fixtures;

namespace Certwatch.Cli.Tests.Scan.RealServers;

/// <summary>What <c>certwatch scan --json</c> (the real executable) reported for one real server, read the way a user's script would.</summary>
internal sealed class ScannedServer(string name, CliRun run)
{
    private readonly JsonElement _root = Parse(name, run);

    public CliRun Run { get; } = run;

    private JsonElement Target => _root.GetProperty("targets")[0];

    private JsonElement Address => Target.GetProperty("addresses")[0];

    private JsonElement Probes => Address.GetProperty("probes");

    public string Grade => Target.GetProperty("grade").GetString()!;

    public IReadOnlyList<string> CapGrades => [.. Address.GetProperty("grade").GetProperty("caps").EnumerateArray().Select(c => c.GetProperty("cap").GetString()!)];

    public IReadOnlyList<string> FindingIds => [.. Target.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!)];

    /// <summary>Versions the server accepted, oldest first ("TLSv1.0", …).</summary>
    public IReadOnlyList<string> SupportedProtocols => [.. Completed("protocols").EnumerateArray()
        .Where(p => p.GetProperty("supported").GetBoolean()).Select(p => p.GetProperty("version").GetString()!).Order(StringComparer.Ordinal)];

    /// <summary>The suites accepted on <paramref name="version"/>, in the order reported (the server's, when it has one).</summary>
    public IReadOnlyList<JsonElement> Suites(string version) => [.. Completed("ciphers").EnumerateArray()
        .Single(p => p.GetProperty("version").GetString() == version).GetProperty("suites").EnumerateArray()];

    public IReadOnlyList<string> SuiteNames(string version) => [.. Suites(version).Select(s => s.GetProperty("ianaName").GetString()!)];

    public bool ServerOrder(string version) => Completed("ciphers").EnumerateArray()
        .Single(p => p.GetProperty("version").GetString() == version).GetProperty("serverOrder").GetBoolean();

    public JsonElement Probe(string name) => Probes.GetProperty(name);

    public override string ToString() => $"{name}: exit {Run.ExitCode}\n{Run.Error}";

    private JsonElement Completed(string probe)
    {
        var outcome = Probes.GetProperty(probe);
        outcome.GetProperty("status").GetString().ShouldBe("completed", $"{name} {probe}: {outcome.GetProperty("reason")}");
        return outcome.GetProperty("value");
    }

    private static JsonElement Parse(string name, CliRun run)
    {
        run.LeaksException.ShouldBeFalse($"{name}: {run.Error}");
        try
        {
            return JsonDocument.Parse(run.Out).RootElement;
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{name}: certwatch scan did not write JSON (exit {run.ExitCode}): {run.Error}\n{run.Out}", e);
        }
    }
}
