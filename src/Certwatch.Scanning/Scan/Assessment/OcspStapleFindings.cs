using Certwatch.Core.Findings;
using Certwatch.X509.Revocation;

namespace Certwatch.Scanning.Scan.Assessment;

/// <summary>
/// Findings about the stapled OCSP response itself. Firefox verifies a staple and, when it fails, fails the
/// connection with that error — except an expired staple, tryLater and an unauthorised signing certificate,
/// which it ignores for compatibility (NSSCertDBTrustDomain::CheckRevocation).
/// </summary>
internal static class OcspStapleFindings
{
    public static IEnumerable<Finding> For(OcspStapleJudgement? staple) => staple is null ? [] : new[] { Judged(staple) }.OfType<Finding>();

    private static Finding? Judged(OcspStapleJudgement staple) => staple.Status switch
    {
        OcspStapleStatus.Good => null,
        OcspStapleStatus.Revoked => Revoked(staple),
        OcspStapleStatus.Unknown => Unknown(staple),
        OcspStapleStatus.Expired => Expired(staple),
        _ => Invalid(staple),
    };

    private static Finding Revoked(OcspStapleJudgement staple) => new(
        FindingIds.TlsOcspStaplingRevoked, Severity.Critical,
        $"The stapled OCSP response says the certificate is revoked{Reason(staple)}",
        "The CA revoked the certificate and the server hands that answer to every client: Firefox refuses the connection (SEC_ERROR_REVOKED_CERTIFICATE, not overridable).",
        Evidence(staple),
        new FixAdvice("Replace the certificate: issue a new one (with a new key after keyCompromise), deploy it and reload; the staple then follows the new certificate.",
        [
            new("shell", "certbot certonly --force-renewal --cert-name <host>"),
            new("shell", "systemctl reload nginx"),
        ]));

    private static Finding Unknown(OcspStapleJudgement staple) => new(
        FindingIds.TlsOcspStaplingUnknown, Severity.Critical,
        "The stapled OCSP response says the certificate is unknown to the CA",
        "The responder does not know this certificate — a response fetched from the wrong CA's responder, or for a certificate the CA has not published yet. Firefox refuses the connection (SEC_ERROR_OCSP_UNKNOWN_CERT).",
        Evidence(staple),
        ServerConfigFixes.Stapling("Let the server fetch the response from the responder in the certificate's AIA extension, with the real issuer in its trust chain (nginx ssl_trusted_certificate); drop a static ssl_stapling_file."));

    private static Finding Expired(OcspStapleJudgement staple) => new(
        FindingIds.TlsOcspStaplingExpired, Severity.Warning,
        $"The stapled OCSP response expired{(staple.NextUpdate is { } next ? $" on {next:yyyy-MM-dd}" : "")}",
        "The server staples a response whose nextUpdate has passed (RFC 6960 §4.2.2.1), usually because it cannot reach the CA's responder to refresh it. Clients ignore a stale staple (Firefox falls back to its other revocation sources), so it protects nobody.",
        Evidence(staple),
        ServerConfigFixes.Stapling("Let the server refresh the staple: allow it to reach the OCSP responder (nginx needs a resolver), drop a static ssl_stapling_file, and reload."));

    private static Finding Invalid(OcspStapleJudgement staple)
    {
        var (title, firefox) = Describe(staple);
        var severity = firefox is null ? Severity.Warning : Severity.Critical;
        var clients = firefox is null
            ? "Firefox ignores this failure for compatibility, so the staple protects nobody."
            : $"Firefox checks the staple and refuses the connection ({firefox}).";
        return new Finding(FindingIds.TlsOcspStaplingInvalid, severity, title,
            $"The server staples an OCSP response that does not verify for its certificate. {clients}",
            Evidence(staple),
            ServerConfigFixes.Stapling("Staple only responses the server has verified: turn on verification, give it the issuer (nginx ssl_trusted_certificate), and let it fetch from the CA's responder instead of a static file."));
    }

    // Firefox's error for each failure (mozilla::pkix pkixocsp.cpp); null when Firefox tolerates it.
    private static (string Title, string? Firefox) Describe(OcspStapleJudgement staple) => staple.Status switch
    {
        OcspStapleStatus.Malformed => ("The stapled OCSP response is malformed", "SEC_ERROR_OCSP_MALFORMED_RESPONSE"),
        OcspStapleStatus.Unsuccessful => ($"The stapled OCSP response is an error: {ResponseStatus(staple)}", staple.ResponseStatus switch
        {
            OcspResponseStatus.TryLater => null,
            OcspResponseStatus.MalformedRequest => "SEC_ERROR_OCSP_MALFORMED_REQUEST",
            OcspResponseStatus.InternalError => "SEC_ERROR_OCSP_SERVER_ERROR",
            OcspResponseStatus.SigRequired => "SEC_ERROR_OCSP_REQUEST_NEEDS_SIG",
            OcspResponseStatus.Unauthorized => "SEC_ERROR_OCSP_UNAUTHORIZED_REQUEST",
            _ => "SEC_ERROR_OCSP_UNKNOWN_RESPONSE_STATUS",
        }),
        OcspStapleStatus.WrongCertificate => ("The stapled OCSP response is about another certificate", "MOZILLA_PKIX_ERROR_OCSP_RESPONSE_FOR_CERT_MISSING"),
        OcspStapleStatus.BadSignature => ("The stapled OCSP response's signature does not verify", "SEC_ERROR_OCSP_BAD_SIGNATURE"),
        OcspStapleStatus.NotYetValid => ("The stapled OCSP response is from the future", "SEC_ERROR_OCSP_FUTURE_RESPONSE"),
        _ => ("The stapled OCSP response is signed by an unauthorised responder", null),
    };

    private static string ResponseStatus(OcspStapleJudgement staple) =>
        staple.ResponseStatus is { } status ? OcspStapleJudge.ResponseStatusName(status) : "unknown";

    private static string Reason(OcspStapleJudgement staple) => staple.RevocationReason is { } reason ? $" ({reason})" : "";

    private static IReadOnlyList<string> Evidence(OcspStapleJudgement staple) =>
    [
        staple.Detail,
        .. new[]
        {
            staple.ProducedAt is { } produced ? $"producedAt {produced:u}" : null,
            staple.ThisUpdate is { } thisUpdate ? $"thisUpdate {thisUpdate:u}" : null,
            staple.NextUpdate is { } nextUpdate ? $"nextUpdate {nextUpdate:u}" : null,
        }.OfType<string>(),
    ];
}
