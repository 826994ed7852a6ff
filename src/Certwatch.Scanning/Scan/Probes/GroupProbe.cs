using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// Supported key-exchange groups. TLS 1.3: supported_groups = [g] with a real key share for g, or an empty
/// key_share where none can be made (ffdhe, hybrids), which a server that supports g must answer with a
/// HelloRetryRequest naming it (RFC 8446 §4.1.4, §4.2.8). TLS ≤ 1.2: ECDHE suites
/// with one curve each; the ServerKeyExchange names the curve (RFC 8422 §5.4). Then the preference order.
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

    private static async Task<IReadOnlyList<NamedGroup>> AcceptedAsync(GroupChooser chooser, IReadOnlyList<NamedGroup> candidates, CancellationToken cancellationToken)
    {
        var chosen = await Task.WhenAll(candidates.Select(g => chooser.ChooseAsync([g], cancellationToken, withShare: true)));
        return [.. candidates.Where((g, i) => chosen[i] == g)];
    }
}
