namespace Certwatch.Scanning.Check;

/// <summary>Whether a Strict-Transport-Security value makes the host a Known HSTS Host (RFC 6797).</summary>
internal static class StrictTransportSecurity
{
    /// <summary>
    /// True when the value carries max-age greater than zero. RFC 6797 §6.1.1: max-age is required;
    /// max-age=0 tells the browser to forget the host (§6.1.1, §11.4), so it asserts nothing.
    /// </summary>
    public static bool IsAsserted(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        foreach (var directive in value.Split(';'))
        {
            var parts = directive.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].Equals("max-age", StringComparison.OrdinalIgnoreCase))
            {
                // §6.1: directive values may be quoted-strings; delta-seconds may exceed any integer type.
                var seconds = parts[1].Trim('"');
                return seconds.Length > 0 && seconds.All(char.IsAsciiDigit) && seconds.Any(c => c != '0');
            }
        }

        return false;
    }
}
