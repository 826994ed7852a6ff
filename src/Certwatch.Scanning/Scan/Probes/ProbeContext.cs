using Certwatch.Tls.Probing;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// What every probe of one address shares: the connector (with its caps), the endpoint, the limits and the
/// random source. Each exchange opens exactly one connection and closes it.
/// </summary>
internal sealed class ProbeContext(IProbeConnector connector, ProbeEndpoint endpoint, ProbeLimits limits, ProbeRandom random)
{
    public ProbeEndpoint Endpoint { get; } = endpoint;

    public ProbeLimits Limits { get; } = limits;

    public ProbeRandom Random { get; } = random;

    /// <summary>Window for follow-up answers (Heartbleed, CCS): short, since silence is the common answer.</summary>
    public TimeSpan FollowUpWindow => Limits.ReadTimeout < TimeSpan.FromMilliseconds(1500) ? Limits.ReadTimeout : TimeSpan.FromMilliseconds(1500);

    public async Task<HelloResult> ExchangeAsync(byte[] hello, CancellationToken cancellationToken)
    {
        await using var connection = await connector.OpenAsync(Endpoint, cancellationToken);
        if (!connection.IsOpen)
        {
            return new HelloResult(null, connection.Failure ?? "no connection");
        }

        return new HelloResult(await HelloExchange.SendAsync(connection.Stream!, hello, Limits, cancellationToken), null);
    }

    /// <summary>Sends the hello, then runs <paramref name="next"/> on the same connection with the flight.</summary>
    public async Task<T> ExchangeThenAsync<T>(byte[] hello, Func<Stream, HelloResult, Task<T>> next, Func<HelloResult, T> notConnected, CancellationToken cancellationToken)
    {
        await using var connection = await connector.OpenAsync(Endpoint, cancellationToken);
        if (!connection.IsOpen)
        {
            return notConnected(new HelloResult(null, connection.Failure ?? "no connection"));
        }

        var flight = await HelloExchange.SendAsync(connection.Stream!, hello, Limits, cancellationToken);
        return await next(connection.Stream!, new HelloResult(flight, null));
    }

    /// <summary>Runs <paramref name="use"/> on one fresh connection; <paramref name="notConnected"/> when none opens.</summary>
    public async Task<T> WithConnectionAsync<T>(Func<Stream, Task<T>> use, T notConnected, CancellationToken cancellationToken)
    {
        await using var connection = await connector.OpenAsync(Endpoint, cancellationToken);
        return connection.IsOpen ? await use(connection.Stream!) : notConnected;
    }
}
