namespace Certwatch.Scanning.Http;

/// <summary>Every hop from the first request to where following stopped, and why it stopped.</summary>
/// <param name="StartUrl">The first URL requested.</param>
/// <param name="Hops">Each request in order; never empty.</param>
/// <param name="Outcome">Why following stopped.</param>
/// <param name="Message">The outcome in one line, naming the URL involved.</param>
public sealed record RedirectChain(string StartUrl, IReadOnlyList<HttpHop> Hops, RedirectChainOutcome Outcome, string Message)
{
    public HttpHop First => Hops[0];

    public HttpHop Last => Hops[^1];

    /// <summary>The redirect targets in order (each hop's resolved Location), as hstspreload counts them.</summary>
    public IReadOnlyList<string> RedirectTargets => [.. Hops.Where(h => h.IsRedirect && h.NextUrl is not null).Select(h => h.NextUrl!)];

    /// <summary>The last hop that answered, when the chain completed: the page whose headers are judged.</summary>
    public HttpHop? FinalResponse => Outcome == RedirectChainOutcome.Completed ? Last : null;
}
