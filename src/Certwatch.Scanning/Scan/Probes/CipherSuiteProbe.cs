using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// Every suite each supported version accepts, by elimination: offer all remaining suites, drop the one the
/// server chose, repeat until it refuses. Then the same suites reversed: a server that still picks the first
/// one found enforces its own order, and the elimination order is its preference order.
/// </summary>
internal static class CipherSuiteProbe
{
    public static async Task<ProbeOutcome<IReadOnlyList<ProtocolCiphers>>> RunAsync(
        ProbeContext context, IReadOnlyList<ProtocolVersion> supported, CancellationToken cancellationToken)
    {
        var started = ProbeClock.Start();
        var versions = supported.Where(v => v != ProtocolVersion.Ssl2).OrderByDescending(v => v.Value).ToList();
        var results = await Task.WhenAll(versions.Select(v => EnumerateAsync(context, v, cancellationToken)));
        return ProbeOutcome<IReadOnlyList<ProtocolCiphers>>.Completed(results, started.Elapsed);
    }

    public static async Task<ProtocolCiphers> EnumerateAsync(ProbeContext context, ProtocolVersion version, CancellationToken cancellationToken)
    {
        var remaining = SuiteCatalog.For(version).ToList();
        var found = new List<AcceptedSuite>();
        string? error = null;
        while (remaining.Count > 0)
        {
            // each pass removes one suite or stops, so the loop ends after at most |catalog| connections
            var result = await context.ExchangeAsync(Hello(context, version, SuiteCatalog.Ids(remaining)), cancellationToken);
            var (chosen, stop) = Chosen(result, version, remaining);
            if (chosen is null)
            {
                error = stop;
                break;
            }

            found.Add(AcceptedSuiteReader.Read(chosen, result.Flight!, version));
            remaining.Remove(chosen);
        }

        var serverOrder = found.Count >= 2 && await KeepsOwnOrderAsync(context, version, found, cancellationToken);
        return new ProtocolCiphers(version, found, serverOrder) { Error = error };
    }

    private static byte[] Hello(ProbeContext context, ProtocolVersion version, IReadOnlyList<CipherSuiteId> suites) =>
        ClientHelloBuilder.Build(version == ProtocolVersion.Tls13 ? HelloSpecs.Tls13(context, suites) : HelloSpecs.Legacy(context, version, suites));

    /// <returns>The chosen suite, or null and why the enumeration stops (null reason: the server simply refused).</returns>
    private static (CipherSuiteInfo? Chosen, string? Error) Chosen(HelloResult result, ProtocolVersion version, IReadOnlyList<CipherSuiteInfo> offered)
    {
        if (!result.Connected)
        {
            return (null, result.ConnectFailure);
        }

        var hello = result.ServerHello;
        if (hello is null || !(result.IsServerHello || result.IsRetryRequest))
        {
            // An alert, a close or a reset is how servers say "none of these"; a timeout or garbage is not.
            var flight = result.Flight!;
            return (null, flight.Failure is FlightFailure.None or FlightFailure.Closed or FlightFailure.Reset ? null : flight.Error);
        }

        if (hello.NegotiatedVersion != version)
        {
            return (null, $"answered {hello.NegotiatedVersion} to a {version} hello");
        }

        var chosen = offered.FirstOrDefault(s => s.Id == hello.CipherSuite);
        return chosen is null ? (null, $"chose {hello.CipherSuite}, which was not offered") : (chosen, null);
    }

    private static async Task<bool> KeepsOwnOrderAsync(ProbeContext context, ProtocolVersion version, IReadOnlyList<AcceptedSuite> found, CancellationToken cancellationToken)
    {
        var reversed = found.Select(s => s.Suite.Id).Reverse().ToList();
        var result = await context.ExchangeAsync(Hello(context, version, reversed), cancellationToken);
        return (result.IsServerHello || result.IsRetryRequest) && result.ServerHello!.CipherSuite == found[0].Suite.Id;
    }
}
