using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// The server's group preference: offer the accepted groups forward and reversed; the same choice both ways
/// means the server decides, and elimination (offer, drop the chosen, repeat) gives its order.
/// </summary>
internal static class GroupPreference
{
    public static async Task<(IReadOnlyList<NamedGroup> Order, bool ServerOrder)> OrderAsync(
        GroupChooser chooser, IReadOnlyList<NamedGroup> accepted, CancellationToken cancellationToken)
    {
        if (accepted.Count < 2)
        {
            return (accepted, false);
        }

        var forward = chooser.ChooseAsync(accepted, cancellationToken);
        var backward = chooser.ChooseAsync([.. accepted.Reverse()], cancellationToken);
        var first = await forward;
        if (first is null || first != await backward)
        {
            return (accepted, false);
        }

        var order = new List<NamedGroup> { first.Value };
        var remaining = accepted.Where(g => g != first).ToList();
        while (remaining.Count > 1)
        {
            // each pass removes one group or stops
            var next = await chooser.ChooseAsync(remaining, cancellationToken);
            if (next is not { } chosen || !remaining.Remove(chosen))
            {
                break;
            }

            order.Add(chosen);
        }

        return ([.. order, .. remaining], true);
    }
}
