using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// One hello at the best TLS ≤ 1.2 version asking for everything a server echoes in its first flight:
/// SessionTicket (RFC 5077 §3.2), status_request (RFC 6066 §8), renegotiation_info (RFC 5746 §3.4),
/// extended_master_secret (RFC 7627 §5.1) and heartbeat (RFC 6520 §2). Each echo is independent of the others.
/// </summary>
internal static class Tls12FeatureProbe
{
    public static async Task<Tls12Features> RunAsync(ProbeContext context, IReadOnlyList<ProtocolVersion> supported, CancellationToken cancellationToken)
    {
        if (Versions.BestTls12OrOlder(supported, includeSsl3: false) is not { } version)
        {
            return supported.Contains(ProtocolVersion.Tls13) ? Tls13Only() : AllSkipped("no TLS 1.0–1.2 supported");
        }

        var started = ProbeClock.Start();
        var spec = HelloSpecs.Offering(context, version) with
        {
            SessionTicket = ReadOnlyMemory<byte>.Empty,
            StatusRequest = true,
            ExtendedMasterSecret = true,
            Heartbeat = 1,
        };
        var result = await context.ExchangeAsync(ClientHelloBuilder.Build(spec), cancellationToken);
        var elapsed = started.Elapsed;
        if (!result.IsServerHello)
        {
            return AllFailed($"{version} hello with optional extensions: {result.Describe()}", elapsed);
        }

        var hello = result.ServerHello!;
        return new Tls12Features(
            ProbeOutcome<ResumptionSupport>.Completed(new ResumptionSupport(!hello.SessionId.IsEmpty, hello.Has(ExtensionType.SessionTicket)), elapsed),
            ProbeOutcome<OcspStapleFacts>.Completed(OcspStaple.Read(result.Flight!, version), elapsed),
            ProbeOutcome<RenegotiationFacts>.Completed(new RenegotiationFacts(hello.SecureRenegotiation), elapsed),
            ProbeOutcome<bool>.Completed(hello.Has(ExtensionType.ExtendedMasterSecret), elapsed),
            ProbeOutcome<bool>.Completed(hello.Has(ExtensionType.Heartbeat), elapsed));
    }

    // TLS 1.3 sends tickets, the staple and extensions encrypted (RFC 8446 §4.3.1, §4.4.2.1) and has no renegotiation.
    private static Tls12Features Tls13Only() => new(
        ProbeOutcome<ResumptionSupport>.Skipped("TLS 1.3 only: session tickets are sent encrypted after the handshake"),
        ProbeOutcome<OcspStapleFacts>.Skipped("TLS 1.3 only: the OCSP staple travels in the encrypted Certificate message"),
        ProbeOutcome<RenegotiationFacts>.Skipped("TLS 1.3 only: renegotiation does not exist in TLS 1.3 (RFC 8446 §4.1.2)"),
        ProbeOutcome<bool>.Skipped("TLS 1.3 only: its key schedule always binds the handshake transcript (RFC 8446 §7.1)"),
        ProbeOutcome<bool>.Skipped("TLS 1.3 only: extensions are sent encrypted"));

    private static Tls12Features AllSkipped(string reason) => new(
        ProbeOutcome<ResumptionSupport>.Skipped(reason),
        ProbeOutcome<OcspStapleFacts>.Skipped(reason),
        ProbeOutcome<RenegotiationFacts>.Skipped(reason),
        ProbeOutcome<bool>.Skipped(reason),
        ProbeOutcome<bool>.Skipped(reason));

    public static Tls12Features AllFailed(string reason) => AllFailed(reason, TimeSpan.Zero);

    private static Tls12Features AllFailed(string reason, TimeSpan elapsed) => new(
        ProbeOutcome<ResumptionSupport>.Failed(reason, elapsed),
        ProbeOutcome<OcspStapleFacts>.Failed(reason, elapsed),
        ProbeOutcome<RenegotiationFacts>.Failed(reason, elapsed),
        ProbeOutcome<bool>.Failed(reason, elapsed),
        ProbeOutcome<bool>.Failed(reason, elapsed));
}
