namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// Finds which candidates a server accepts by elimination: offer them all, drop the one it chooses, offer the
/// rest again, until it chooses none. That costs one connection per accepted candidate plus one, instead of one
/// per candidate. The candidates are split into <c>lanes</c> eliminated side by side, which bounds the chain of
/// round trips. A choice that was not offered (a server ignoring the client's list) ends that lane.
/// </summary>
internal static class Elimination
{
    public static async Task<IReadOnlyList<T>> AcceptedAsync<T>(
        IReadOnlyList<T> candidates, int lanes, Func<IReadOnlyList<T>, Task<T?>> choose)
        where T : struct
    {
        var split = Enumerable.Range(0, Math.Max(1, lanes))
            .Select(lane => candidates.Where((_, i) => i % Math.Max(1, lanes) == lane).ToList())
            .Where(lane => lane.Count > 0);
        var accepted = (await Task.WhenAll(split.Select(lane => EliminateAsync(lane, choose)))).SelectMany(a => a).ToHashSet();
        return [.. candidates.Where(accepted.Contains)];
    }

    private static async Task<IReadOnlyList<T>> EliminateAsync<T>(List<T> remaining, Func<IReadOnlyList<T>, Task<T?>> choose)
        where T : struct
    {
        var accepted = new List<T>();
        while (remaining.Count > 0 && await choose([.. remaining]) is { } chosen && remaining.Remove(chosen))
        {
            accepted.Add(chosen);
        }

        return accepted;
    }
}
