using Certwatch.X509.Model;

namespace Certwatch.X509.Revocation;

/// <summary>
/// Checks an OCSP response for one certificate (RFC 6960 §3.2): the SingleResponse for its CertID, a
/// signature by the issuer or by a delegated responder that the issuer certified with id-kp-OCSPSigning
/// (§4.2.2.2), thisUpdate not in the future and nextUpdate not past (§4.2.2.1, with clock slack), and the
/// nonce when both sides used one. Any failure is "unavailable" — never "revoked".
/// </summary>
public static class OcspResponseValidator
{
    public const string OcspSigningEku = "1.3.6.1.5.5.7.3.9";

    /// <summary>Clock slack for thisUpdate/nextUpdate, as browsers allow (mozilla::pkix uses a similar tolerance).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static (RevocationStatus Status, OcspSingleResponse? Single, string Detail) Validate(
        OcspResponse response, CertificateInfo certificate, CertificateInfo issuer, DateTimeOffset now, byte[]? sentNonce = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(issuer);
        if (response.Status != OcspResponseStatus.Successful)
        {
            return (RevocationStatus.Unavailable, null, $"responder answered {response.Status}");
        }

        var single = response.Responses.FirstOrDefault(r => r.CertId.Matches(certificate, issuer));
        if (single is null)
        {
            return (RevocationStatus.Unavailable, null, "the response is not about this certificate (no matching CertID)");
        }

        var signer = Signer(response, issuer);
        if (signer is null)
        {
            return (RevocationStatus.Unavailable, single, "the response signature does not verify with the issuer's key or an authorised responder (RFC 6960 §4.2.2.2)");
        }

        if (single.ThisUpdate > now + ClockSkew)
        {
            return (RevocationStatus.Unavailable, single, $"thisUpdate {single.ThisUpdate:u} is in the future");
        }

        if (single.NextUpdate is { } next && next < now - ClockSkew)
        {
            return (RevocationStatus.Unavailable, single, $"stale: nextUpdate {next:u} has passed");
        }

        if (sentNonce is not null && response.Nonce is { } nonce && !nonce.AsSpan().SequenceEqual(sentNonce))
        {
            return (RevocationStatus.Unavailable, single, "the nonce does not match the request (possible replay)");
        }

        var until = single.NextUpdate is { } n ? $", valid until {n:u}" : "";
        return (single.Status, single, $"signed by {signer}{until}");
    }

    /// <summary>
    /// Who signed <paramref name="response"/>: "the issuer '…'" or "delegated responder '…'" (RFC 6960 §4.2.2.2),
    /// or null when neither the issuer's key nor an authorised responder's verifies the signature.
    /// </summary>
    public static string? Signer(OcspResponse response, CertificateInfo issuer)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(issuer);
        if (SignedBytesVerifier.Verify(response.ResponseData, response.SignatureAlgorithmOid, response.Signature, issuer))
        {
            return $"the issuer '{issuer.DisplayName}'";
        }

        foreach (var der in response.Certificates)
        {
            if (CertificateParser.TryParse(der, out var responder, out _) && responder is not null &&
                IsAuthorisedResponder(responder, issuer) &&
                SignedBytesVerifier.Verify(response.ResponseData, response.SignatureAlgorithmOid, response.Signature, responder))
            {
                return $"delegated responder '{responder.DisplayName}'";
            }
        }

        return null;
    }

    // RFC 6960 §4.2.2.2: issued directly by the CA that issued the certificate in question, with id-kp-OCSPSigning.
    private static bool IsAuthorisedResponder(CertificateInfo responder, CertificateInfo issuer) =>
        responder.ExtendedKeyUsage?.Contains(OcspSigningEku) == true &&
        responder.IssuerNameDer.AsSpan().SequenceEqual(issuer.SubjectNameDer) &&
        SignedBytesVerifier.Verify(responder.TbsDer, responder.SignatureAlgorithm.Oid, responder.SignatureValue, issuer);
}
