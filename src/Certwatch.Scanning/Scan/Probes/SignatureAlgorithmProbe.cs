using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// Signature schemes the server signs its TLS 1.2 key exchange with: every signed ECDHE/DHE suite and the schemes
/// not yet seen (elimination); the ServerKeyExchange names the scheme used (RFC 5246 §7.4.1.4.1, §7.4.3). TLS 1.3
/// signs in the encrypted CertificateVerify, which a probe that stops at the ServerHello cannot see
/// (<see cref="Tls13SignatureProbe"/> finds those schemes another way).
/// </summary>
internal static class SignatureAlgorithmProbe
{
    public static async Task<ProbeOutcome<IReadOnlyList<SignatureScheme>>> RunAsync(ProbeContext context, IReadOnlyList<ProtocolVersion> supported, CancellationToken cancellationToken)
    {
        if (!supported.Contains(ProtocolVersion.Tls12))
        {
            return ProbeOutcome<IReadOnlyList<SignatureScheme>>.Skipped("no TLS 1.2: only TLS 1.2 names the key-exchange signature scheme in clear (TLS 1.0/1.1 use fixed MD5/SHA-1, TLS 1.3 signs in the encrypted CertificateVerify)");
        }

        var started = ProbeClock.Start();
        var suites = SuiteCatalog.Ids(SuiteCatalog.SignedEphemeral(ProtocolVersion.Tls12));
        var used = await Elimination.AcceptedAsync(HelloSpecs.Schemes, lanes: 2, remaining => SignsWithAsync(context, suites, remaining, cancellationToken));
        return ProbeOutcome<IReadOnlyList<SignatureScheme>>.Completed(used, started.Elapsed);
    }

    private static async Task<SignatureScheme?> SignsWithAsync(ProbeContext context, IReadOnlyList<CipherSuiteId> suites, IReadOnlyList<SignatureScheme> schemes, CancellationToken cancellationToken)
    {
        var spec = HelloSpecs.Legacy(context, ProtocolVersion.Tls12, suites) with { SignatureAlgorithms = schemes };
        var result = await context.ExchangeAsync(ClientHelloBuilder.Build(spec), cancellationToken);
        return result.IsServerHello && CipherSuiteRegistry.Find(result.ServerHello!.CipherSuite) is { } suite
            ? AcceptedSuiteReader.SignatureScheme(suite, result.Flight!)
            : null;
    }
}
