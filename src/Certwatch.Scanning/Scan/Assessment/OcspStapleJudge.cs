using System.Security.Cryptography;
using Certwatch.Scanning.Check;
using Certwatch.X509.Model;
using Certwatch.X509.Revocation;

namespace Certwatch.Scanning.Scan.Assessment;

/// <summary>
/// Checks the stapled OCSP response against the leaf the certificate check received, in mozilla::pkix's order
/// (pkixocsp.cpp): it parses, responseStatus is successful, the issuer or an authorised responder signed it
/// (RFC 6960 §4.2.2.2), a SingleResponse carries the leaf's CertID, thisUpdate is not in the future, and only
/// then what it says — revoked wins over a passed nextUpdate, since a revocation is final.
/// </summary>
internal static class OcspStapleJudge
{
    /// <param name="now">The validation time; null leaves thisUpdate/nextUpdate unjudged.</param>
    public static OcspStapleJudgement? Judge(ScanFacts facts, AddressReport certificate, DateTimeOffset? now)
    {
        if (facts.OcspStapling is not { IsCompleted: true, Value: { Stapled: true } staple })
        {
            return null;
        }

        if (staple.Response is not { } der)
        {
            return Failed(OcspStapleStatus.Malformed, "the CertificateStatus message does not carry one OCSPResponse (status_type ocsp(1), RFC 6066 §8)", null);
        }

        if (!OcspResponseParser.TryParse(der.Span, out var parsed, out var error) || parsed is not { } response)
        {
            return Failed(OcspStapleStatus.Malformed, error ?? "not a valid OCSP response", null);
        }

        return response.Status == OcspResponseStatus.Successful
            ? JudgeSuccessful(response, StapleIssuer.Find(certificate, response), now)
            : Failed(OcspStapleStatus.Unsuccessful, $"responseStatus {ResponseStatusName(response.Status)}: the response carries no certificate status", response.Status);
    }

    /// <summary>RFC 6960 §4.2.1 spelling ("tryLater"), as OpenSSL and the RFC print it.</summary>
    public static string ResponseStatusName(OcspResponseStatus status) =>
        Enum.IsDefined(status) ? char.ToLowerInvariant(status.ToString()[0]) + status.ToString()[1..] : $"status {(int)status}";

    private static OcspStapleJudgement JudgeSuccessful(OcspResponse response, StapleIssuer pair, DateTimeOffset? now)
    {
        var single = pair.SingleFor(response);
        var signer = pair.Issuer is { } issuer ? OcspResponseValidator.Signer(response, issuer) : null;
        var judged = new OcspStapleJudgement(OcspStapleStatus.Good, "", response.Status, response.ProducedAt, single?.ThisUpdate, single?.NextUpdate,
            single?.RevokedAt, single?.Reason, signer);
        if (pair.Issuer is { } named && signer is null)
        {
            return NamesIssuer(response, named)
                ? judged with { Status = OcspStapleStatus.BadSignature, Detail = $"the responder ID names the issuer '{named.DisplayName}', but its key does not verify the signature" }
                : judged with { Status = OcspStapleStatus.UnauthorizedSigner, Detail = $"signed by neither the issuer '{named.DisplayName}' nor a responder it authorised with id-kp-OCSPSigning (RFC 6960 §4.2.2.2)" };
        }

        if (single is null)
        {
            var covered = string.Join(", ", response.Responses.Select(r => r.CertId.SerialNumber));
            var about = pair.Leaf is { } leaf ? $"serial {leaf.SerialNumber}" : "the leaf (no certificate was received)";
            return judged with
            {
                Status = OcspStapleStatus.WrongCertificate,
                Detail = $"no SingleResponse for {about}; the response covers {(covered.Length > 0 ? "serial " + covered : "nothing")}",
            };
        }

        return Verdict(judged, single, now, signer ?? "signature not checked: the issuer is not available");
    }

    private static OcspStapleJudgement Verdict(OcspStapleJudgement judged, OcspSingleResponse single, DateTimeOffset? now, string signedBy)
    {
        var skew = OcspResponseValidator.ClockSkew;
        if (now is { } future && single.ThisUpdate > future + skew)
        {
            return judged with { Status = OcspStapleStatus.NotYetValid, Detail = $"thisUpdate {single.ThisUpdate:u} is in the future" };
        }

        if (single.Status == RevocationStatus.Revoked)
        {
            var reason = single.Reason is { } r ? $" ({r})" : "";
            return judged with { Status = OcspStapleStatus.Revoked, Detail = $"revoked at {single.RevokedAt:u}{reason}; {signedBy}" };
        }

        if (now is { } past && single.NextUpdate is { } next && next < past - skew)
        {
            return judged with { Status = OcspStapleStatus.Expired, Detail = $"nextUpdate {next:u} has passed (thisUpdate {single.ThisUpdate:u}); {signedBy}" };
        }

        var until = single.NextUpdate is { } n ? $", valid until {n:u}" : ", no nextUpdate";
        return single.Status == RevocationStatus.Unknown
            ? judged with { Status = OcspStapleStatus.Unknown, Detail = $"the responder does not know this certificate; {signedBy}{until}" }
            : judged with { Detail = $"good; {signedBy}{until}" };
    }

    // RFC 6960 §4.2.2.3: byName is the responder's subject, byKey the SHA-1 of its subjectPublicKey bits — the same
    // hash a SHA-1 CertID carries as issuerKeyHash.
    private static bool NamesIssuer(OcspResponse response, CertificateInfo issuer) =>
        (response.ResponderNameDer is { } name && name.AsSpan().SequenceEqual(issuer.SubjectNameDer)) ||
        (response.ResponderKeyHash is { } key && key.Length == SHA1.HashSizeInBytes &&
         key.AsSpan().SequenceEqual(OcspCertId.For(issuer, issuer).IssuerKeyHash));

    private static OcspStapleJudgement Failed(OcspStapleStatus status, string detail, OcspResponseStatus? responseStatus) =>
        new(status, detail, responseStatus, null, null, null, null, null, null);
}
