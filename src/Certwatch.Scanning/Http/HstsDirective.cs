namespace Certwatch.Scanning.Http;

/// <summary>One "name[=value]" directive of a Strict-Transport-Security value, after quoted-string unescaping.</summary>
/// <param name="Text">The directive as written, trimmed, for messages.</param>
/// <param name="Name">The directive name (a token; compare case-insensitively, RFC 6797 §6.1 rule 3).</param>
/// <param name="Value">The value after unquoting; null when there is no "=", empty for "name=" or name="".</param>
/// <param name="Quoted">The value was a quoted-string.</param>
internal sealed record HstsDirective(string Text, string Name, string? Value, bool Quoted);
