using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Http;
using Certwatch.Scanning.Revocation;
using Certwatch.Tls.Handshake;
using Certwatch.X509.Analysis;

namespace Certwatch.Scanning.Check;

/// <summary>Probes one address of a target, parses what it served and analyses the chain.</summary>
internal static class AddressCheck
{
    /// <param name="stampAddress">The target has several addresses: findings name the one they were seen on.</param>
    /// <param name="hstsFromHttpLayer">
    /// The scan's HTTP layer reads HSTS itself (and reports its findings); when given, the verdicts use its policy
    /// instead of a HEAD on the check's own connection, and the HSTS findings are left to that layer.
    /// </param>
    public static async Task<(AddressReport Report, IReadOnlyList<Finding> Findings)> RunAsync(
        Target target, IPAddress address, CheckOptions options, DateTimeOffset validationTime, bool stampAddress, CancellationToken cancellationToken,
        Task<HstsPolicy>? hstsFromHttpLayer = null)
    {
        var probe = options.Probe with { StartTls = target.StartTls, StartTlsStepTimeout = options.Probe.HandshakeTimeout };
        var observation = await TlsHandshakeProbe.ProbeAsync(new IPEndPoint(address, target.Port), target.ServerName, probe, cancellationToken);
        var label = stampAddress ? address.ToString() : null;
        var endpoint = EndpointText.Format(address, target.Port);
        var (served, unparsable) = ServedCertificateDecoder.Decode(observation.ServedCertificates);
        var failure = observation.Outcome == HandshakeOutcome.Completed
            ? null
            : (observation.StartTls is { } failed ? StartTlsFindings.ForFailure(failed, target.Port, endpoint, label) : null)
                ?? ConnectionFailureFinding.For(endpoint, observation, label);
        var plaintextAuth = observation.StartTls is { } dialogue ? StartTlsFindings.PlaintextAuth(dialogue, endpoint, label) : null;
        if (served.Count == 0)
        {
            return (new AddressReport(address.ToString(), observation, served, null), [failure ?? NothingUsable(unparsable, label), .. Present(plaintextAuth)]);
        }

        // A handshake can fail after the certificates arrived (a client certificate demanded, an alert after
        // our Certificate verify): the chain is still worth judging, next to the failure.
        // RFC 6797 §8.1.1: a browser never notes an IP-literal host as a Known HSTS Host.
        var hsts = hstsFromHttpLayer is null ? StrictTransportSecurityParser.Parse(observation.Http?.StrictTransportSecurity) : await hstsFromHttpLayer;
        var ipLiteral = IPAddress.TryParse(target.ExpectedName, out _);
        var (evidence, networkFindings) = await NetworkEvidenceCollector.CollectAsync(
            served, options.TrustStore, validationTime, options.Network, options.Intermediates, options.Fetcher, label, cancellationToken);
        var analysis = ChainAnalyzer.Analyze(new ChainAnalysisInput(
            served, unparsable, options.TrustStore, validationTime, target.ExpectedName, options.Expiry, hsts.MakesKnownHstsHost && !ipLiteral, label)
        { Evidence = evidence });

        // Revocation and AIA findings belong to this address's chain, next to the analysis' own.
        analysis = analysis with { Findings = [.. analysis.Findings, .. networkFindings] };
        var findings = hstsFromHttpLayer is null ? WithHsts(analysis.Findings, HstsFindings.For(hsts, ipLiteral, label)) : analysis.Findings;
        return (new AddressReport(address.ToString(), observation, served, analysis), [.. Present(failure), .. findings, .. Present(plaintextAuth)]);
    }

    private static IEnumerable<Finding> Present(Finding? finding) => finding is null ? [] : [finding];

    private static IReadOnlyList<Finding> WithHsts(IReadOnlyList<Finding> findings, IReadOnlyList<Finding> hsts) =>
        [.. findings, .. hsts.Where(h => findings.All(f => f.Id != h.Id))];

    private static Finding NothingUsable(IReadOnlyList<string> unparsable, string? label) => new(
        FindingIds.CertMalformed,
        Severity.Critical,
        "The server's certificate cannot be decoded",
        "The handshake completed but no served certificate is a well-formed X.509 certificate; every client rejects it.",
        unparsable.Count > 0 ? unparsable : ["the server sent no certificate"],
        FixAdvice.Text("Re-export the certificate as PEM or DER from the CA's files and reload the server."),
        label);
}
