using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// Signature schemes a TLS 1.3 server can sign its CertificateVerify with. That message is encrypted, so each
/// scheme is offered alone in signature_algorithms, one connection each (as sslscan does): a server with no
/// certificate usable with it aborts with an alert (OpenSSL: handshake_failure, "no suitable signature
/// algorithm"), a ServerHello or HelloRetryRequest means it has one (RFC 8446 §4.4.2.2, §4.4.3).
/// </summary>
internal static class Tls13SignatureProbe
{
    /// <summary>The schemes TLS 1.3 allows in CertificateVerify: no PKCS#1 v1.5 and no SHA-1 (RFC 8446 §4.2.3).</summary>
    public static IReadOnlyList<SignatureScheme> Candidates { get; } =
    [
        SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.EcdsaSecp384r1Sha384, SignatureScheme.EcdsaSecp521r1Sha512, SignatureScheme.Ed25519,
        SignatureScheme.Ed448, SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPssRsaeSha384, SignatureScheme.RsaPssRsaeSha512,
        SignatureScheme.RsaPssPssSha256, SignatureScheme.RsaPssPssSha384, SignatureScheme.RsaPssPssSha512,
    ];

    public static async Task<ProbeOutcome<IReadOnlyList<SignatureScheme>>> RunAsync(ProbeContext context, IReadOnlyList<ProtocolVersion> supported, CancellationToken cancellationToken)
    {
        if (!supported.Contains(ProtocolVersion.Tls13))
        {
            return ProbeOutcome<IReadOnlyList<SignatureScheme>>.Skipped("no TLS 1.3");
        }

        var started = ProbeClock.Start();
        var suites = SuiteCatalog.Ids(SuiteCatalog.For(ProtocolVersion.Tls13));
        var answers = await Task.WhenAll(Candidates.Select(scheme => AnswerAsync(context, suites, scheme, cancellationToken)));
        return answers.FirstOrDefault(a => a.Error is not null) is { Error: { } error } failed
            ? ProbeOutcome<IReadOnlyList<SignatureScheme>>.Failed($"{failed.Scheme} alone: {error}", started.Elapsed)
            : ProbeOutcome<IReadOnlyList<SignatureScheme>>.Completed([.. answers.Where(a => a.Usable).Select(a => a.Scheme)], started.Elapsed);
    }

    /// <returns>Whether the server accepted a hello offering only <paramref name="scheme"/>; an error when its answer says neither.</returns>
    private static async Task<(SignatureScheme Scheme, bool Usable, string? Error)> AnswerAsync(
        ProbeContext context, IReadOnlyList<CipherSuiteId> suites, SignatureScheme scheme, CancellationToken cancellationToken)
    {
        var spec = HelloSpecs.Tls13(context, suites) with { SignatureAlgorithms = [scheme] };
        var result = await context.ExchangeAsync(ClientHelloBuilder.Build(spec), cancellationToken);
        if (result.Flight is not { } flight)
        {
            return (scheme, false, result.ConnectFailure);
        }

        // An alert, a close or a reset is how servers refuse; a timeout or garbage is no answer.
        return flight.Accepted || flight.Failure is FlightFailure.None or FlightFailure.Closed or FlightFailure.Reset
            ? (scheme, flight.Accepted, null)
            : (scheme, false, flight.Describe());
    }
}
