using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// CCS injection (CVE-2014-0224). After the server's first flight, before any key exchange, send a
/// ChangeCipherSpec and then a 64-byte handshake record. A patched server rejects the early CCS with
/// unexpected_message (RFC 5246 §7.1 allows CCS only after the key exchange). A vulnerable one accepts it,
/// switches to keys derived from an empty master secret, and fails to decrypt the next record: bad_record_mac
/// (or decryption_failed). Only that second answer, after no alert to the CCS, counts as vulnerable.
/// </summary>
internal static class CcsInjectionProbe
{
    public static async Task<ProbeOutcome<CcsInjectionFacts>> RunAsync(ProbeContext context, IReadOnlyList<ProtocolVersion> supported, bool enabled, CancellationToken cancellationToken)
    {
        if (!enabled)
        {
            return ProbeOutcome<CcsInjectionFacts>.Skipped("active vulnerability probes turned off");
        }

        if (Versions.BestTls12OrOlder(supported) is not { } version)
        {
            return supported.Contains(ProtocolVersion.Tls13)
                ? ProbeOutcome<CcsInjectionFacts>.Completed(new CcsInjectionFacts(false, "no SSLv3–TLS 1.2: TLS 1.3 ignores ChangeCipherSpec (RFC 8446 §5)"))
                : ProbeOutcome<CcsInjectionFacts>.Skipped("no SSL/TLS version supported");
        }

        var started = ProbeClock.Start();
        var hello = ClientHelloBuilder.Build(HelloSpecs.Offering(context, version));
        return await context.ExchangeThenAsync(
            hello,
            async (stream, result) =>
            {
                if (result.Flight!.Find(HandshakeType.ServerHelloDone) is null)
                {
                    return ProbeOutcome<CcsInjectionFacts>.Failed($"no complete {version} first flight: {result.Describe()}", started.Elapsed);
                }

                // Finished(20), length 60, then 60 bytes: a 64-byte record, a whole number of cipher blocks.
                byte[] finished = [20, 0, 0, 60, .. context.Random.Bytes(60)];
                byte[] probe = [.. FollowUpRecords.ChangeCipherSpec(version), .. FollowUpRecords.Record(ContentType.Handshake, version, finished)];
                var answer = await RecordListener.SendAndListenAsync(stream, probe, context.FollowUpWindow, 64 * 1024,
                    records => records.Any(r => r.ContentType == ContentType.Alert), cancellationToken);
                return ProbeOutcome<CcsInjectionFacts>.Completed(Judge(answer), started.Elapsed);
            },
            failed => ProbeOutcome<CcsInjectionFacts>.Failed(failed.Describe(), started.Elapsed),
            cancellationToken);
    }

    internal static CcsInjectionFacts Judge(RecordsRead answer)
    {
        var alert = answer.FirstAlert;
        if (alert is { } a && (a.Description.Value == 20 || a.Description.Value == 21))
        {
            return new CcsInjectionFacts(true, $"no alert to a ChangeCipherSpec before the key exchange; the next record got {a.Description}: the server switched to keys derived without a key exchange");
        }

        var reaction = alert is { } other ? $"{other.Description} alert"
            : answer.End switch
            {
                RecordsEnd.Closed => "the connection closed",
                RecordsEnd.Reset => "the connection reset",
                _ => "no answer",
            };
        return new CcsInjectionFacts(false, $"early ChangeCipherSpec answered with {reaction}");
    }
}
