using Certwatch.Core.Findings;
using Certwatch.X509.Chain;
using Certwatch.X509.Revocation;

namespace Certwatch.Scanning.Revocation;

/// <summary>
/// Findings from the network evidence: a revoked certificate (critical, whatever each client does about it),
/// an unreachable or unusable revocation source (warning — soft-fail, never "revoked"), and a failed AIA
/// download of a missing issuer (warning: Chrome and Safari cannot complete the chain either).
/// </summary>
public static class RevocationFindings
{
    public static IReadOnlyList<Finding> For(IReadOnlyList<RevocationCheck> checks, IReadOnlyList<AiaFetchResult> fetches, string? address)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(fetches);
        var findings = new List<Finding>();
        findings.AddRange(checks.Where(c => c.IsRevoked).Select(c => Revoked(c, address)));
        // "unknown" (RFC 6960 §2.2) is no answer either: the responder does not know this certificate.
        var unavailable = checks.Where(c => c.Status is RevocationStatus.Unavailable or RevocationStatus.Unknown).ToList();
        if (unavailable.Count > 0)
        {
            findings.Add(Unavailable(unavailable, address));
        }

        var failed = fetches.Where(f => !f.Succeeded).ToList();
        if (failed.Count > 0)
        {
            findings.Add(AiaFailed(failed, address));
        }

        return findings;
    }

    private static Finding Revoked(RevocationCheck check, string? address)
    {
        var position = check.PathIndex == 0 ? "certificate" : "intermediate certificate";
        var when = check.RevokedAt is { } at ? $" on {at:yyyy-MM-dd HH:mm} UTC" : "";
        var reason = check.Reason is { } r ? $", reason {r}" : "";
        return new Finding(
            FindingIds.RevocationRevoked,
            Severity.Critical,
            $"The {position} '{check.Subject}' is revoked",
            $"Its CA revoked it{when}{reason} ({Source(check)}). Firefox (CRLite) and Safari reject publicly trusted revoked certificates; Chrome does once the serial is in a CRLSet; curl, Go and Java only when revocation checking is configured.",
            [$"serial {check.SerialNumber}", $"{Source(check)}: {check.Detail}"],
            FixAdvice.Text("Install a newly issued certificate (and a new key if the reason is keyCompromise), then reload the server."),
            address);
    }

    private static Finding Unavailable(IReadOnlyList<RevocationCheck> checks, string? address) => new(
        FindingIds.RevocationUnavailable,
        Severity.Warning,
        "Revocation status could not be checked",
        "The OCSP responder or CRL gave no usable answer. Clients soft-fail (they connect anyway), so this is not an outage, but a revoked certificate would go unnoticed and must-staple or hard-fail clients may break.",
        [.. checks.Select(c => $"'{c.Subject}': {Source(c)}: {(c.Status == RevocationStatus.Unknown ? "status unknown to the responder; " : "")}{c.Detail}")],
        FixAdvice.Text("Check that the CA's OCSP responder / CRL URL in the certificate is reachable over plain HTTP; consider OCSP stapling."),
        address);

    private static Finding AiaFailed(IReadOnlyList<AiaFetchResult> failed, string? address) => new(
        FindingIds.AiaFetchFailed,
        Severity.Warning,
        "The missing intermediate could not be downloaded from AIA",
        "The server does not send its intermediate and the caIssuers URL in the certificate gave nothing usable, so even Chrome and Safari (which fetch over AIA) cannot build the chain.",
        [.. failed.Select(f => $"{f.Url} (for '{f.ForCertificate}'): {f.Error}")],
        FixAdvice.Text("Send the full chain (leaf + intermediates) from the server; fix the caIssuers URL only as a fallback."),
        address);

    private static string Source(RevocationCheck check) =>
        check.Source == RevocationSource.Staple ? "stapled OCSP" : $"{check.Source.ToString().ToUpperInvariant()} {check.Url}";
}
