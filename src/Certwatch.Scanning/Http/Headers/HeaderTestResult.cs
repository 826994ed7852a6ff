namespace Certwatch.Scanning.Http;

/// <summary>One row of the header score (MDN HTTP Observatory, src/grader/charts.js): the outcome and its modifier, explained.</summary>
/// <param name="Test">The Observatory test name, e.g. "content-security-policy".</param>
/// <param name="Outcome">The Observatory outcome name, e.g. "csp-implemented-with-unsafe-inline".</param>
/// <param name="Modifier">Points added to (or taken from) the base 100.</param>
/// <param name="Explanation">Why, for a human, quoting what was seen.</param>
/// <param name="HeaderValue">The header value judged; null when absent.</param>
public sealed record HeaderTestResult(string Test, string Outcome, int Modifier, string Explanation, string? HeaderValue);
