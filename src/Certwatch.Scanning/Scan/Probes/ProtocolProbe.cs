using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// Which protocol versions the server negotiates: one hello per version, all in parallel. A TLS ≤ 1.2 hello
/// carries the version in legacy_version only; TLS 1.3 is offered through supported_versions (RFC 8446 §4.2.1),
/// and a HelloRetryRequest counts as acceptance. SSLv2 is <see cref="Ssl2Probe"/>'s, merged by <see cref="WithSsl2"/>.
/// </summary>
internal static class ProtocolProbe
{
    /// <summary>SSLv3…TLS 1.3, one hello each in parallel.</summary>
    public static async Task<ProbeOutcome<IReadOnlyList<ProtocolSupport>>> RunAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var started = ProbeClock.Start();
        var tls = await Task.WhenAll(SuiteCatalog.TlsVersions.Select(v => ProbeAsync(context, v, cancellationToken)));
        var failed = tls.Select(t => t.ConnectFailure).FirstOrDefault(f => f is not null);
        return failed is not null
            ? ProbeOutcome<IReadOnlyList<ProtocolSupport>>.Failed(failed, started.Elapsed)
            : ProbeOutcome<IReadOnlyList<ProtocolSupport>>.Completed([.. tls.Select(t => t.Support!)], started.Elapsed);
    }

    /// <summary>Puts the SSLv2 result in front of the TLS versions (it runs beside the other probes: some servers never answer an SSLv2 hello).</summary>
    public static ProbeOutcome<IReadOnlyList<ProtocolSupport>> WithSsl2(ProbeOutcome<IReadOnlyList<ProtocolSupport>> tls, Ssl2Probe.Result ssl2) =>
        tls.IsCompleted ? tls with { Value = [ssl2.Support, .. tls.Value!] } : tls;

    // Silence is no answer: a single-threaded server (openssl s_server) busy with another client lets queued
    // connections time out. One more hello then tells "busy" from "never answers".
    private static async Task<(ProtocolSupport? Support, string? ConnectFailure)> ProbeAsync(ProbeContext context, ProtocolVersion version, CancellationToken cancellationToken)
    {
        var result = await context.ExchangeAsync(ClientHelloBuilder.Build(HelloSpecs.Offering(context, version)), cancellationToken);
        if (result.Flight?.Failure == Tls.Probing.FlightFailure.Timeout)
        {
            result = await context.ExchangeAsync(ClientHelloBuilder.Build(HelloSpecs.Offering(context, version)), cancellationToken);
        }

        return result.Connected ? (Judge(version, result), null) : (null, result.ConnectFailure);
    }

    internal static ProtocolSupport Judge(ProtocolVersion version, HelloResult result)
    {
        var hello = result.ServerHello;
        if (hello is null || !(result.IsServerHello || result.IsRetryRequest))
        {
            return new ProtocolSupport(version, false, result.Describe());
        }

        return hello.NegotiatedVersion == version
            ? new ProtocolSupport(version, true, $"{hello.CipherSuite}")
            : new ProtocolSupport(version, false, $"answered {hello.NegotiatedVersion} instead");
    }
}
