using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// Runs every probe against one address: protocol support first (the others depend on it), then everything
/// else concurrently within the connector's caps. A probe's failure is recorded in its outcome; only the
/// caller's cancellation throws.
/// </summary>
public static class AddressProbes
{
    public static async Task<ScanFacts> RunAsync(
        IProbeConnector connector, ProbeEndpoint endpoint, ProbeLimits limits, ProbeRandom random, bool activeVulnerabilityProbes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var started = ProbeClock.Start();
        var counting = new CountingConnector(connector);
        var facts = await RunProbesAsync(new ProbeContext(counting, endpoint, limits, random), activeVulnerabilityProbes, cancellationToken);
        return facts with { Connections = counting.Opened, Elapsed = started.Elapsed };
    }

    private static async Task<ScanFacts> RunProbesAsync(ProbeContext context, bool activeVulnerabilityProbes, CancellationToken cancellationToken)
    {
        var ssl2 = ProbeGuard.RunAsync(() => Ssl2Probe.RunAsync(context, cancellationToken), Ssl2Probe.Failed, cancellationToken);
        var protocols = await ProbeGuard.RunAsync(() => ProtocolProbe.RunAsync(context, cancellationToken), cancellationToken);
        if (!protocols.IsCompleted)
        {
            var sslv2 = await ssl2;
            return WithoutProtocols(new ScanFacts(context.Endpoint) { Protocols = protocols, Ssl2Ciphers = Ssl2Probe.Ciphers(sslv2, protocols.Elapsed) }, protocols.Reason!);
        }

        IReadOnlyList<ProtocolVersion> supported = [.. protocols.Value!.Where(p => p.Supported).Select(p => p.Version)];
        var token = cancellationToken;
        var ciphers = ProbeGuard.RunAsync(() => CipherSuiteProbe.RunAsync(context, supported, token), token);
        var groups = ProbeGuard.RunAsync(() => GroupProbe.RunAsync(context, supported, token), token);
        var signatures = ProbeGuard.RunAsync(() => SignatureAlgorithmProbe.RunAsync(context, supported, token), token);
        var signatures13 = ProbeGuard.RunAsync(() => Tls13SignatureProbe.RunAsync(context, supported, token), token);
        var alpn = ProbeGuard.RunAsync(() => AlpnProbe.RunAsync(context, supported, token), token);
        var features = ProbeGuard.RunAsync(() => Tls12FeatureProbe.RunAsync(context, supported, token), Tls12FeatureProbe.AllFailed, token);
        var compression = ProbeGuard.RunAsync(() => CompressionProbe.RunAsync(context, supported, token), token);
        var fallback = ProbeGuard.RunAsync(() => FallbackScsvProbe.RunAsync(context, supported, token), token);
        var heartbleed = ProbeGuard.RunAsync(() => HeartbleedProbe.RunAsync(context, supported, activeVulnerabilityProbes, token), token);
        var ccs = ProbeGuard.RunAsync(() => CcsInjectionProbe.RunAsync(context, supported, activeVulnerabilityProbes, token), token);
        var robot = ProbeGuard.RunAsync(async () => await RobotProbe.RunAsync(context, await ciphers, activeVulnerabilityProbes, token), token);
        var tls12 = await features;
        var sslv2Result = await ssl2;
        return new ScanFacts(context.Endpoint)
        {
            Protocols = ProtocolProbe.WithSsl2(protocols, sslv2Result),
            Ssl2Ciphers = Ssl2Probe.Ciphers(sslv2Result, protocols.Elapsed),
            Ciphers = await ciphers,
            Groups = await groups,
            SignatureAlgorithms = await signatures,
            Tls13SignatureAlgorithms = await signatures13,
            Alpn = await alpn,
            Resumption = tls12.Resumption,
            OcspStapling = tls12.OcspStapling,
            Renegotiation = tls12.Renegotiation,
            ExtendedMasterSecret = tls12.ExtendedMasterSecret,
            HeartbeatExtension = tls12.HeartbeatExtension,
            Compression = await compression,
            FallbackScsv = await fallback,
            Heartbleed = await heartbleed,
            CcsInjection = await ccs,
            Robot = await robot,
        };
    }

    // Without knowing the versions no other probe can pick a hello; each says why it did not run.
    private static ScanFacts WithoutProtocols(ScanFacts facts, string reason)
    {
        var why = "protocol probe failed: " + reason;
        return facts with
        {
            Ciphers = ProbeOutcome<IReadOnlyList<ProtocolCiphers>>.Skipped(why),
            Groups = ProbeOutcome<GroupSupport>.Skipped(why),
            SignatureAlgorithms = ProbeOutcome<IReadOnlyList<SignatureScheme>>.Skipped(why),
            Tls13SignatureAlgorithms = ProbeOutcome<IReadOnlyList<SignatureScheme>>.Skipped(why),
            Alpn = ProbeOutcome<AlpnSupport>.Skipped(why),
            Resumption = ProbeOutcome<ResumptionSupport>.Skipped(why),
            OcspStapling = ProbeOutcome<OcspStapleFacts>.Skipped(why),
            Renegotiation = ProbeOutcome<RenegotiationFacts>.Skipped(why),
            Compression = ProbeOutcome<bool>.Skipped(why),
            FallbackScsv = ProbeOutcome<FallbackScsvFacts>.Skipped(why),
            ExtendedMasterSecret = ProbeOutcome<bool>.Skipped(why),
            HeartbeatExtension = ProbeOutcome<bool>.Skipped(why),
            Heartbleed = ProbeOutcome<HeartbleedFacts>.Skipped(why),
            CcsInjection = ProbeOutcome<CcsInjectionFacts>.Skipped(why),
            Robot = ProbeOutcome<RobotFacts>.Skipped(why),
        };
    }
}
