namespace Certwatch.Scanning.Scan;

/// <summary>Whether the server matches one of Mozilla's server-side TLS configurations (modern, intermediate, old).</summary>
/// <param name="Profile">"modern", "intermediate" or "old".</param>
/// <param name="Deviations">Each difference in one line ("TLSv1.1 enabled", "cipher ECDHE-RSA-AES128-SHA not in the profile").</param>
public sealed record MozillaProfileCompliance(string Profile, bool Compliant, IReadOnlyList<string> Deviations);
