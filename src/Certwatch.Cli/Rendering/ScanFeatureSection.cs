using System.Globalization;
using Certwatch.Scanning.Scan;
using Certwatch.Tls.Wire;

namespace Certwatch.Cli.Rendering;

/// <summary>Groups, signature algorithms, ALPN and the protocol features (resumption, stapling, renegotiation…).</summary>
internal static class ScanFeatureSection
{
    /// <param name="staple">The assessment's judgement of the stapled OCSP response, when one was stapled.</param>
    public static void Write(ScanConsole console, ScanFacts facts, OcspStapleJudgement? staple)
    {
        console.Heading("Key exchange and signatures");
        console.Probe("groups", facts.Groups, groups => console.Line(ScanConsole.Body,
            $"groups: {List(groups.Groups.Select(g => g.ToString()))}" + (groups.ServerOrder ? " (server order)" : "")));
        Schemes(console, "signature algorithms (TLS 1.2)", facts.SignatureAlgorithms);
        Schemes(console, "signature algorithms (TLS 1.3)", facts.Tls13SignatureAlgorithms);
        console.Probe("ALPN", facts.Alpn, alpn => console.Line(ScanConsole.Body, $"ALPN: {List(alpn.Protocols)}"));

        console.Heading("Features");
        var rows = new List<(IReadOnlyList<string>, string?)>();
        Add(rows, "Session resumption", facts.Resumption, Resumption);
        Add(rows, "OCSP stapling", facts.OcspStapling, o => Stapling(o, staple));
        Add(rows, "Secure renegotiation", facts.Renegotiation, Renegotiation);
        Add(rows, "TLS compression", facts.Compression, on => on ? ("enabled (CRIME)", "red") : ("no", "green"));
        Add(rows, "Fallback SCSV", facts.FallbackScsv, f => f.Supported ? ("supported", "green") : ($"not supported: {f.Detail}", "yellow"));
        Add(rows, "Extended master secret", facts.ExtendedMasterSecret, on => on ? ("yes", "green") : ("no", "yellow"));
        Add(rows, "Heartbeat extension", facts.HeartbeatExtension, on => on ? ("enabled", "yellow") : ("no", null));
        console.Columns(ScanConsole.Body, rows);
    }

    private static void Add<T>(List<(IReadOnlyList<string>, string?)> rows, string name, ProbeOutcome<T> outcome, Func<T, (string Text, string? Style)> describe)
    {
        if (outcome is { IsCompleted: true, Value: { } value })
        {
            var (text, style) = describe(value);
            rows.Add(([name, text], style));
        }
        else
        {
            rows.Add(([name, ScanConsole.NotCompleted(outcome)], outcome.Status == ProbeStatus.Error ? "magenta" : "dim"));
        }
    }

    private static (string, string?) Resumption(ResumptionSupport r)
    {
        var text = $"session ids: {ScanConsole.YesNo(r.SessionIdAssigned)}, tickets: {ScanConsole.YesNo(r.TicketExtension)}";
        return (r.Resumed is { } resumed ? $"{text}, resumed: {ScanConsole.YesNo(resumed)}" : text, null);
    }

    /// <summary>"stapled, good, valid until 2026-12-10", "stapled, REVOKED (keyCompromise, 2026-11-01)", "stapled, expired 2026-11-30".</summary>
    private static (string, string?) Stapling(OcspStapleFacts facts, OcspStapleJudgement? staple) => (facts.Stapled, staple) switch
    {
        (false, _) => ("not stapled", null),
        (true, null) => ($"stapled ({ScanProtocolSection.Name(facts.Protocol)})", "green"),
        (true, { Status: OcspStapleStatus.Good } s) => ($"stapled, good{(s.NextUpdate is { } next ? $", valid until {Day(next)}" : ", no nextUpdate")}", "green"),
        (true, { Status: OcspStapleStatus.Revoked } s) =>
            ($"stapled, REVOKED ({string.Join(", ", new[] { s.RevocationReason, s.RevokedAt is { } at ? Day(at) : null }.OfType<string>())})", "red"),
        (true, { Status: OcspStapleStatus.Expired } s) => ($"stapled, expired {(s.NextUpdate is { } next ? Day(next) : "")}".TrimEnd(), "yellow"),
        (true, { Status: OcspStapleStatus.Unknown }) => ("stapled, status unknown to the CA", "red"),
        (true, { } s) => ($"stapled, INVALID: {s.Detail}", "red"),
    };

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (string, string?) Renegotiation(RenegotiationFacts r)
    {
        var client = r.ClientInitiatedAllowed switch
        {
            true => "; client-initiated: allowed",
            false => "; client-initiated: refused",
            null => "",
        };
        return ((r.SecureRenegotiation ? "supported" : "NOT supported") + client, r.SecureRenegotiation ? "green" : "red");
    }

    private static void Schemes(ScanConsole console, string label, ProbeOutcome<IReadOnlyList<SignatureScheme>> outcome) =>
        console.Probe(label, outcome, schemes => console.Line(ScanConsole.Body, $"{label}: {List(schemes.Select(s => s.ToString()))}"));

    private static string List(IEnumerable<string> items) => string.Join(", ", items) is { Length: > 0 } text ? text : "none";
}
