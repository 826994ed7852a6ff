using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// ALPN (RFC 7301): each protocol offered alone; the server selects it or answers without ALPN (or
/// no_application_protocol, §3.2). TLS ≤ 1.2 shows the choice in the ServerHello; TLS 1.3 hides it in
/// EncryptedExtensions (RFC 8446 §4.3.1), so a TLS 1.3-only server gets a real handshake instead.
/// </summary>
internal static class AlpnProbe
{
    public static IReadOnlyList<string> Candidates { get; } = ["h2", "http/1.1", "http/1.0", "spdy/3.1", "acme-tls/1"];

    public static async Task<ProbeOutcome<AlpnSupport>> RunAsync(ProbeContext context, IReadOnlyList<ProtocolVersion> supported, CancellationToken cancellationToken)
    {
        var legacy = Versions.BestTls12OrOlder(supported, includeSsl3: false);
        if (legacy is null && !supported.Contains(ProtocolVersion.Tls13))
        {
            return ProbeOutcome<AlpnSupport>.Skipped("no TLS version supported: ALPN is a TLS extension");
        }

        var started = ProbeClock.Start();
        var selected = await Task.WhenAll(Candidates.Select(p => legacy is { } version
            ? SelectsInServerHelloAsync(context, version, p, cancellationToken)
            : CompletedHandshake.NegotiatesAlpnAsync(context, p, cancellationToken)));
        return ProbeOutcome<AlpnSupport>.Completed(new AlpnSupport([.. Candidates.Where((_, i) => selected[i])]), started.Elapsed);
    }

    private static async Task<bool> SelectsInServerHelloAsync(ProbeContext context, ProtocolVersion version, string protocol, CancellationToken cancellationToken)
    {
        var spec = HelloSpecs.Offering(context, version) with { Alpn = [protocol] };
        var result = await context.ExchangeAsync(ClientHelloBuilder.Build(spec), cancellationToken);
        return result.IsServerHello && result.ServerHello!.Alpn == protocol;
    }
}
