using Certwatch.Scanning.Check;
using Certwatch.Scanning.Scan.Assessment;
using Certwatch.Scanning.Scan.Assessment.Grading;
using Certwatch.Scanning.Scan.Assessment.Mozilla;
using Certwatch.Scanning.Scan.Clients;

namespace Certwatch.Scanning.Scan;

/// <summary>
/// Judges one address's probe facts together with its certificate check: vulnerability and weakness findings
/// (each with id, severity, evidence, fix), client simulation, the SSL Labs grade and the Mozilla profiles.
/// Pure: no I/O, no clock — the validation time comes in. A probe that did not complete silences the rules that need it.
/// </summary>
public static class ScanAnalyzer
{
    public static ScanAssessment Assess(ScanFacts facts, AddressReport certificate) => Assess(facts, certificate, null);

    /// <param name="findingAddress">Stamped on every finding when the target has several addresses (as the certificate check does).</param>
    public static ScanAssessment Assess(ScanFacts facts, AddressReport certificate, string? findingAddress) => Assess(facts, certificate, findingAddress, null);

    /// <param name="findingAddress">Stamped on every finding when the target has several addresses (as the certificate check does).</param>
    /// <param name="validationTime">The "now" of the check (<c>--at</c>) the staple's thisUpdate and nextUpdate are judged at; null leaves them unjudged.</param>
    public static ScanAssessment Assess(ScanFacts facts, AddressReport certificate, string? findingAddress, DateTimeOffset? validationTime)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(certificate);
        var server = new ServerTlsView(facts, certificate);
        var clients = ClientProfileCatalog.All.Select(c => new SimulatedClient(c, HandshakeSimulator.Simulate(c, server))).ToList();
        var browsers = clients.Where(c => c.Client.ModernBrowser).ToList();
        var staple = OcspStapleJudge.Judge(facts, certificate, validationTime);
        return new ScanAssessment(
            [.. ScanFindings.For(server, browsers, staple).Select(f => f with { Address = findingAddress })],
            [.. clients.Select(c => c.Result)],
            GradeCalculator.Grade(server, SecrecyFindings.LacksForwardSecrecy(server, browsers)),
            MozillaComplianceChecker.Check(server))
        {
            OcspStaple = staple,
        };
    }
}
