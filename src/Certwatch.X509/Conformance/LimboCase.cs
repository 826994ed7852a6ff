namespace Certwatch.X509.Conformance;

/// <summary>
/// One x509-limbo test case (C2SP/x509-limbo <c>Testcase</c>): PEM certificates, when and for which name to
/// validate, optional constraints, and the expected result. Null lists mean "not constrained".
/// </summary>
public sealed record LimboCase
{
    public required string Id { get; init; }
    public string? Description { get; init; }

    /// <summary>"SERVER" or "CLIENT".</summary>
    public required string ValidationKind { get; init; }
    public required IReadOnlyList<string> TrustedCerts { get; init; }
    public required IReadOnlyList<string> UntrustedIntermediates { get; init; }
    public required string PeerCertificate { get; init; }

    /// <summary>Null means "now" (the harness's clock).</summary>
    public DateTimeOffset? ValidationTime { get; init; }
    public IReadOnlyList<string>? SignatureAlgorithms { get; init; }
    public IReadOnlyList<string>? KeyUsage { get; init; }
    public IReadOnlyList<string>? ExtendedKeyUsage { get; init; }
    public required LimboOutcome ExpectedResult { get; init; }
    public IReadOnlyList<LimboPeerName> ExpectedPeerNames { get; init; } = [];
    public int? MaxChainDepth { get; init; }
}
