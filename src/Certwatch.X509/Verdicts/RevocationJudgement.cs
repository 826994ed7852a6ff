using Certwatch.X509.Analysis;
using Certwatch.X509.Revocation;

namespace Certwatch.X509.Verdicts;

/// <summary>
/// Turns a revocation answer into what each client really shows (client-errors.md §1 row 11, §2.3): only a
/// client whose default revocation source would know about it fails; the others connect, and the reason
/// says so. The finding reports the revocation regardless. An unavailable responder never means "revoked".
/// </summary>
internal static class RevocationJudgement
{
    public static ClientVerdict Apply(ClientProfile profile, ClientVerdict verdict, ChainDiagnosis diagnosis)
    {
        var revoked = diagnosis.Evidence.Revocation.FirstOrDefault(r => r.IsRevoked && r.PathIndex < Math.Max(1, diagnosis.Path.Count));
        if (revoked is null)
        {
            return verdict;
        }

        var fact = Describe(revoked);
        var (detected, why) = Detects(profile.Verification.Revocation, revoked, diagnosis.AnchorsArePublic);
        if (!detected || (!verdict.Accepted && !verdict.Bypassable))
        {
            // A fatal error that comes first stays; otherwise the client connects and only our finding tells.
            return verdict with { Reason = Join(verdict.Reason, $"{fact} {why}") };
        }

        var error = profile.RevokedError;
        var message = MessageTemplate.Fill(error.Message.Replace("{reason}", revoked.Reason ?? "UNSPECIFIED", StringComparison.Ordinal), null, diagnosis);
        return new ClientVerdict(profile.Id, profile.Name, false, error.Code, message, Bypassable: false, Join($"{fact} {why}", error.Note))
        {
            Summary = fact.TrimEnd('.'),
        };
    }

    private static (bool Detected, string Why) Detects(RevocationChecking checking, RevocationCheck revoked, bool publicRoots) => checking switch
    {
        // CRLSets (net/cert/crl_set.h) carry mostly intermediates and high-priority revocations.
        RevocationChecking.PushedList when revoked.PathIndex > 0 && publicRoots =>
            (true, "Chrome's CRLSet covers revoked intermediates of public CAs."),
        RevocationChecking.PushedList =>
            (false, "Chrome does no online OCSP/CRL check for DV certificates: it shows NET::ERR_CERT_REVOKED only once the serial is in a CRLSet."),
        RevocationChecking.CrliteAndStaple when revoked.Source == RevocationSource.Staple =>
            (true, "Firefox honours the stapled OCSP response."),
        RevocationChecking.CrliteAndStaple when publicRoots =>
            (true, "Firefox learns it from CRLite/OneCRL (publicly trusted certificates, Fx 137+)."),
        RevocationChecking.CrliteAndStaple =>
            (false, "Firefox no longer queries OCSP for DV (Fx 142) and CRLite covers only publicly trusted certificates."),
        RevocationChecking.PlatformService when publicRoots =>
            (true, "Apple platforms check revocation of publicly trusted certificates (UNVERIFIED in detail)."),
        RevocationChecking.PlatformService =>
            (false, "Apple platforms do not check revocation for private CAs by default (UNVERIFIED)."),
        _ => (false, "This client does not check revocation by default; it fails only when CRL/OCSP checking is configured."),
    };

    private static string Describe(RevocationCheck revoked)
    {
        var position = revoked.PathIndex == 0 ? "leaf" : "intermediate";
        var when = revoked.RevokedAt is { } at ? $" on {at:yyyy-MM-dd HH:mm} UTC" : "";
        var reason = revoked.Reason is { } r ? $" ({r})" : "";
        var source = revoked.Source == RevocationSource.Staple ? "stapled OCSP" : $"{revoked.Source.ToString().ToUpperInvariant()} {revoked.Url}";
        return $"{position} '{revoked.Subject}' was revoked{when}{reason} per {source}.";
    }

    private static string? Join(string? first, string? second) =>
        string.IsNullOrEmpty(first) ? second : string.IsNullOrEmpty(second) ? first : $"{first} {second}";
}
