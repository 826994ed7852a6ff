using Certwatch.Cli.Rendering;
using Certwatch.Core.Findings;

namespace Certwatch.Cli.Commands;

/// <summary>Everything <c>certwatch check</c> was asked to do, parsed and validated.</summary>
public sealed record CheckSettings(
    IReadOnlyList<string> Targets,
    string? Sni,
    string? PinnedIp,
    string? CaFile,
    DateTimeOffset? At,
    OutputFormat Format,
    ExpiryPolicy Expiry,
    TimeSpan ConnectTimeout,
    TimeSpan HandshakeTimeout,
    TimeSpan OverallTimeout,
    int Concurrency,
    bool SendHttpHead,
    bool Lab)
{
    /// <summary><c>--starttls PROTO</c>: the dialogue to run before TLS on every target; null lets scheme and port decide.</summary>
    public Core.Targets.StartTlsProtocol? StartTls { get; init; }
}
