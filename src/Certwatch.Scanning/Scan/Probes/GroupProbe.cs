using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// Supported key-exchange groups. TLS 1.3: supported_groups with an empty key_share, which a server that
/// supports one of them must answer with a HelloRetryRequest naming its choice (RFC 8446 §4.1.4, §4.2.8). TLS ≤ 1.2:
/// ECDHE suites only; the ServerKeyExchange names the curve (RFC 8422 §5.4). Each by elimination (drop the chosen
/// group, offer the rest again). Then the preference order.
/// </summary>
internal static class GroupProbe
{
    public static async Task<ProbeOutcome<GroupSupport>> RunAsync(ProbeContext context, IReadOnlyList<ProtocolVersion> supported, CancellationToken cancellationToken)
    {
        var started = ProbeClock.Start();
        var legacy = supported.Where(v => v.Value is >= 0x0301 and <= 0x0303).OrderByDescending(v => v.Value).Cast<ProtocolVersion?>().FirstOrDefault();
        if (!supported.Contains(ProtocolVersion.Tls13) && legacy is null)
        {
            return ProbeOutcome<GroupSupport>.Skipped("no TLS 1.0–1.3: no ECDHE or TLS 1.3 key exchange to probe");
        }

        var chooser13 = supported.Contains(ProtocolVersion.Tls13) ? new GroupChooser(context, null) : null;
        var chooser12 = legacy is { } v ? new GroupChooser(context, v) : null;
        var tls13 = chooser13 is null ? [] : await AcceptedAsync(chooser13, HelloSpecs.Tls13Groups, cancellationToken);
        var tls12 = chooser12 is null ? [] : await AcceptedAsync(chooser12, HelloSpecs.Tls12Curves, cancellationToken);
        var (ordered, serverOrder) = tls13.Count > 0
            ? await GroupPreference.OrderAsync(chooser13!, tls13, cancellationToken)
            : await GroupPreference.OrderAsync(chooser12!, tls12, cancellationToken);
        var groups = ordered.Concat(tls13).Concat(tls12).Distinct().ToList();
        return ProbeOutcome<GroupSupport>.Completed(new GroupSupport(groups, serverOrder) { Tls13 = tls13, Tls12 = tls12 }, started.Elapsed);
    }

    // By elimination with no key share (a TLS 1.3 server answers with a HelloRetryRequest naming its choice).
    private static Task<IReadOnlyList<NamedGroup>> AcceptedAsync(GroupChooser chooser, IReadOnlyList<NamedGroup> candidates, CancellationToken cancellationToken) =>
        Elimination.AcceptedAsync(candidates, lanes: 2, remaining => chooser.ChooseAsync(remaining, cancellationToken));
}
