namespace Certwatch.Core.Findings;

/// <summary>
/// One problem or fact about a target. <see cref="Id"/> is a stable dotted identifier documented in
/// docs/findings.md and never renamed once released.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>chain.incomplete</c>.</param>
/// <param name="Severity">How bad it is.</param>
/// <param name="Title">One line for a human, naming the subject ("Leaf certificate expired 3 days ago").</param>
/// <param name="Detail">Why it matters and who it affects.</param>
/// <param name="Evidence">Facts that prove it (subjects, dates, serials, URLs).</param>
/// <param name="Fix">The fix, with server configuration lines where they apply.</param>
/// <param name="Address">The IP address it was seen on, when the target has several; null when it applies to all.</param>
public sealed record Finding(
    string Id,
    Severity Severity,
    string Title,
    string Detail,
    IReadOnlyList<string> Evidence,
    FixAdvice? Fix,
    string? Address = null);
