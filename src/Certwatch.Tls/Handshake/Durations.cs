using System.Globalization;

namespace Certwatch.Tls.Handshake;

/// <summary>Short human durations for error lines: "300 ms", "5 s".</summary>
internal static class Durations
{
    public static string Describe(TimeSpan value) =>
        value < TimeSpan.FromSeconds(1)
            ? ((int)value.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms"
            : value.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
}
