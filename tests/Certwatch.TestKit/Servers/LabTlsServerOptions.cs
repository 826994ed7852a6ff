using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Certwatch.TestKit.Servers;

/// <summary>What a <see cref="LabTlsServer"/> serves.</summary>
/// <param name="Leaf">The end-entity certificate, with its private key.</param>
/// <param name="Chain">The certificates sent after the leaf, exactly in this order (duplicates, roots and strangers included).</param>
public sealed record LabTlsServerOptions(X509Certificate2 Leaf, IReadOnlyList<X509Certificate2> Chain)
{
    /// <summary>When set, HEAD and GET responses carry this Strict-Transport-Security value.</summary>
    public string? StrictTransportSecurity { get; init; }

    /// <summary>Protocol versions to accept; None = OpenSSL's default.</summary>
    public SslProtocols Protocols { get; init; } = SslProtocols.None;

    /// <summary>Fixed port, or 0 for one the OS picks.</summary>
    public int Port { get; init; }

    /// <summary>
    /// Null: listen on 127.0.0.1 and ::1. Otherwise this loopback address only — e.g. 127.0.0.2 to play a
    /// second node behind one name.
    /// </summary>
    public IPAddress? Address { get; init; }
}
