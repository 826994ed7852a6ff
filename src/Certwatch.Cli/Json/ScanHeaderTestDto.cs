namespace Certwatch.Cli.Json;

/// <summary>One Observatory test.</summary>
/// <param name="Name">The Observatory test name, e.g. "content-security-policy".</param>
/// <param name="Pass">The test costs no points (modifier 0 or more).</param>
/// <param name="Modifier">Points added to or taken from the base 100.</param>
/// <param name="Result">The Observatory outcome name, e.g. "csp-not-implemented".</param>
/// <param name="Reason">Why, quoting what was seen.</param>
/// <param name="Header">The header value judged; null when absent.</param>
public sealed record ScanHeaderTestDto(string Name, bool Pass, int Modifier, string Result, string Reason, string? Header);
