using Certwatch.Cli.Rendering;
using Certwatch.Core.Targets;

namespace Certwatch.Cli.Commands;

/// <summary>Everything <c>certwatch scan</c> was asked to do, parsed and validated.</summary>
/// <param name="ConnectTimeout">TCP connect bound of every probe connection.</param>
/// <param name="ReadTimeout">Bound on each probe's answer (and the certificate check's handshake).</param>
/// <param name="OverallTimeout">Bound on one whole target.</param>
/// <param name="Concurrency">Targets scanned at once.</param>
/// <param name="PerHostConnections">Parallel probe connections to one address.</param>
/// <param name="MaxConnections">Parallel probe connections of the whole run.</param>
/// <param name="Http">Run the HTTP security layer (off with <c>--no-http</c>).</param>
public sealed record ScanSettings(
    IReadOnlyList<string> Targets,
    string? Sni,
    string? PinnedIp,
    string? CaFile,
    DateTimeOffset? At,
    OutputFormat Format,
    TimeSpan ConnectTimeout,
    TimeSpan ReadTimeout,
    TimeSpan OverallTimeout,
    int Concurrency,
    int PerHostConnections,
    int MaxConnections,
    bool Http)
{
    /// <summary><c>--starttls PROTO</c>; null lets scheme and port decide.</summary>
    public StartTlsProtocol? StartTls { get; init; }

    /// <summary><c>--http-port N</c>: the plain-HTTP port of the HTTP→HTTPS redirect check; 0 skips that check.</summary>
    public int HttpPort { get; init; } = 80;

    /// <summary><c>--psl FILE</c>: a newer Public Suffix List; null keeps the embedded copy.</summary>
    public string? PublicSuffixListFile { get; init; }
}
