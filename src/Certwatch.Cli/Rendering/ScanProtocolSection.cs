using Certwatch.Scanning.Scan;
using Certwatch.Tls.Wire;

namespace Certwatch.Cli.Rendering;

/// <summary>The protocols table and, per protocol, the accepted cipher suites in the server's order.</summary>
internal static class ScanProtocolSection
{
    public static void Write(ScanConsole console, ScanFacts facts)
    {
        console.Heading("Protocols");
        console.Probe("protocols", facts.Protocols, protocols => console.Columns(ScanConsole.Body, [.. protocols
            .OrderBy(p => p.Version.Value)
            .Select(p => ((IReadOnlyList<string>)[Name(p.Version), p.Supported ? "offered" : "not offered", p.Detail ?? ""], Style(p)))]));
        if (facts.Ssl2Ciphers is { IsCompleted: true, Value: { Count: > 0 } kinds })
        {
            console.Line(ScanConsole.Body, "SSLv2 cipher kinds: " + string.Join(", ", kinds), "red");
        }

        console.Heading("Cipher suites");
        console.Probe("cipher suites", facts.Ciphers, list =>
        {
            foreach (var protocol in list)
            {
                console.Line(ScanConsole.Body, $"{Name(protocol.Version)} ({protocol.Suites.Count}, {(protocol.ServerOrder ? "server order" : "client order: the server follows the client's preference")})", "bold");
                console.Columns(ScanConsole.Body + 2, [.. protocol.Suites.Select(s => (ScanSuiteText.Cells(s), ScanSuiteText.Weakness(s) is null ? (string?)null : "red"))]);
            }

            if (list.Count == 0)
            {
                console.Line(ScanConsole.Body, "no cipher suite accepted");
            }
        });
    }

    public static string Name(ProtocolVersion version) => version.Name ?? version.ToString();

    // Offering an old protocol is the problem; not offering a new one only matters for TLS 1.2/1.3.
    private static string? Style(ProtocolSupport protocol) => (protocol.Version.Value, protocol.Supported) switch
    {
        ( < 0x0302, true) => "red",
        (0x0302, true) => "yellow",
        ( >= 0x0303, true) => "green",
        _ => "dim",
    };
}
