using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// The safe Heartbleed probe (CVE-2014-0160): after the server's first flight, one heartbeat_request claiming
/// 16384 payload bytes but carrying 3, then close_notify. RFC 6520 §4 says to discard such a message; a
/// vulnerable server copies 16 KiB of its memory into the response. Nothing is read beyond proving that;
/// only the byte count is kept as evidence.
/// </summary>
internal static class HeartbleedProbe
{
    private const int Claimed = 16384;
    private static readonly byte[] Payload = "CW!"u8.ToArray();

    // A legitimate response is type(1) + payload_length(2) + payload + at least 16 bytes of padding (RFC 6520 §4).
    private static readonly int MostForHonestEcho = 3 + Payload.Length + 16;

    public static async Task<ProbeOutcome<HeartbleedFacts>> RunAsync(ProbeContext context, IReadOnlyList<ProtocolVersion> supported, bool enabled, CancellationToken cancellationToken)
    {
        if (!enabled)
        {
            return ProbeOutcome<HeartbleedFacts>.Skipped("active vulnerability probes turned off");
        }

        if (Versions.BestTls12OrOlder(supported) is not { } version)
        {
            return supported.Contains(ProtocolVersion.Tls13)
                ? ProbeOutcome<HeartbleedFacts>.Completed(new HeartbleedFacts(false, "no SSLv3–TLS 1.2: the heartbeat of TLS 1.3 servers is encrypted"))
                : ProbeOutcome<HeartbleedFacts>.Skipped("no SSL/TLS version supported");
        }

        var started = ProbeClock.Start();
        var hello = ClientHelloBuilder.Build(HelloSpecs.Offering(context, version) with { Heartbeat = 1 });
        return await context.ExchangeThenAsync(
            hello,
            async (stream, result) =>
            {
                if (result.Flight!.Find(HandshakeType.ServerHelloDone) is null)
                {
                    return ProbeOutcome<HeartbleedFacts>.Failed($"no complete {version} first flight: {result.Describe()}", started.Elapsed);
                }

                byte[] probe = [.. FollowUpRecords.OverlongHeartbeat(version, Payload, Claimed), .. FollowUpRecords.CloseNotify(version)];
                var answer = await RecordListener.SendAndListenAsync(stream, probe, context.FollowUpWindow, 4 * Claimed,
                    records => records.Where(r => r.ContentType == ContentType.Heartbeat).Sum(r => r.Fragment.Length) > MostForHonestEcho
                        || records.Any(r => r.ContentType == ContentType.Alert), cancellationToken);
                return ProbeOutcome<HeartbleedFacts>.Completed(Judge(answer), started.Elapsed);
            },
            failed => ProbeOutcome<HeartbleedFacts>.Failed(failed.Describe(), started.Elapsed),
            cancellationToken);
    }

    internal static HeartbleedFacts Judge(RecordsRead answer)
    {
        var echoed = answer.FragmentBytes(ContentType.Heartbeat);
        var sent = $"sent {Payload.Length} bytes of heartbeat payload claiming {Claimed}";
        if (echoed > MostForHonestEcho)
        {
            return new HeartbleedFacts(true, $"{sent}, received {echoed} bytes of heartbeat response: the server leaks its memory");
        }

        var reaction = echoed > 0 ? $"a {echoed}-byte heartbeat response"
            : answer.FirstAlert is { } alert ? $"{alert.Description} alert"
            : answer.End switch
            {
                RecordsEnd.Closed => "the connection closed",
                RecordsEnd.Reset => "the connection reset",
                _ => "no heartbeat response",
            };
        return new HeartbleedFacts(false, $"{sent}, got {reaction}");
    }
}
