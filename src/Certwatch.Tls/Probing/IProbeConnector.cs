using System.Net;

namespace Certwatch.Tls.Probing;

/// <summary>
/// Opens one probe connection, ready for a ClientHello: TCP connected and any STARTTLS dialogue done. Applies
/// the per-host and global connection caps (the connection counts against them until disposed). Failures are
/// values in <see cref="ProbeConnection.Failure"/>; only the caller's cancellation throws.
/// </summary>
public interface IProbeConnector
{
    Task<ProbeConnection> OpenAsync(ProbeEndpoint endpoint, CancellationToken cancellationToken);

    /// <summary>
    /// Takes one connection slot of <paramref name="address"/> (and of the global cap) for work that connects on
    /// its own — the certificate check's handshake, the HTTP layer — until the returned handle is disposed.
    /// </summary>
    Task<IDisposable> ReserveAsync(IPAddress address, CancellationToken cancellationToken);
}
