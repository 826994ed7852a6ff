using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Probing;

/// <summary>
/// Sends one ClientHello on an open probe connection and reads the server's answer as a <see cref="ServerFlight"/>,
/// bounded by <see cref="ProbeLimits.ReadTimeout"/> and <see cref="ProbeLimits.MaxFlightBytes"/>. Never throws
/// for server behaviour (reset, silence, garbage, endless bytes); only the caller's cancellation throws.
/// </summary>
public static class HelloExchange
{
    public static Task<ServerFlight> SendAsync(Stream stream, ReadOnlyMemory<byte> clientHello, ProbeLimits limits, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
