namespace Certwatch.Scanning.Scan;

/// <summary>One rule of the SSL Labs rating guide that limits the grade, with the evidence.</summary>
/// <param name="Cap">The highest grade this rule allows ("B", "C", "F", "T", "M", or "A-" for a non-A+ rule).</param>
/// <param name="Rule">Short rule name ("TLS 1.0 or 1.1 supported").</param>
/// <param name="Reason">The fact from this server that triggers it.</param>
public sealed record GradeCap(string Cap, string Rule, string Reason);
