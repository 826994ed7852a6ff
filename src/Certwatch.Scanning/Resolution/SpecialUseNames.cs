using System.Net;

namespace Certwatch.Scanning.Resolution;

/// <summary>Classifies a host name for <see cref="IHostResolver"/> implementations.</summary>
public static class SpecialUseNames
{
    public static SpecialUseName Classify(string host, out IPAddress? literal)
    {
        if (IPAddress.TryParse(host, out literal))
        {
            return SpecialUseName.IpLiteral;
        }

        var name = host.TrimEnd('.').ToLowerInvariant();
        return name == "invalid" || name.EndsWith(".invalid", StringComparison.Ordinal) ? SpecialUseName.Invalid
            : name == "localhost" || name.EndsWith(".localhost", StringComparison.Ordinal) ? SpecialUseName.Localhost
            : SpecialUseName.None;
    }
}
