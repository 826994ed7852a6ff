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

    /// <summary><c>--mx DOMAIN</c>, <c>--mx-port</c>, <c>--resolver</c>, <c>--caa</c>, <c>--dane</c> (see <see cref="DnsOptions"/>).</summary>
    public IReadOnlyList<string> MxDomains { get; init; } = [];

    public int? MxPort { get; init; }

    public System.Net.IPEndPoint? Resolver { get; init; }

    public bool Caa { get; init; }

    public bool Dane { get; init; }

    /// <summary><c>--trust-store</c>, <c>--intermediates</c>, <c>--aia</c>, <c>--no-fetch</c>, <c>--no-revocation</c> (see <see cref="ChainSourceOptions"/>).</summary>
    public string? TrustStoreFile { get; init; }

    public string? IntermediatesFile { get; init; }

    public bool StrictAia { get; init; }

    public bool Fetch { get; init; } = true;

    public bool Revocation { get; init; } = true;
}
