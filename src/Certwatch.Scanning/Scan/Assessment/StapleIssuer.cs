using Certwatch.Scanning.Check;
using Certwatch.X509.Model;
using Certwatch.X509.Revocation;

namespace Certwatch.Scanning.Scan.Assessment;

/// <summary>
/// The served leaf and the issuer a stapled response is checked with: the next certificate of the path the
/// check built (it may come from the trust store or an AIA download), else a served certificate whose subject
/// is the leaf's issuer. Among several candidates, the one whose CertID the response carries.
/// </summary>
internal sealed record StapleIssuer(CertificateInfo? Leaf, CertificateInfo? Issuer)
{
    public static StapleIssuer Find(AddressReport certificate, OcspResponse response)
    {
        if (certificate.Served.Count == 0)
        {
            return new(null, null);
        }

        var leaf = certificate.Served[0];
        var path = certificate.Analysis?.Validation.Path ?? [];
        var fromPath = path.Count > 1 && path[0].Sha256Fingerprint == leaf.Sha256Fingerprint ? path.Skip(1).Take(1) : [];
        var candidates = fromPath
            .Concat(certificate.Served.Skip(1).Where(c => c.SubjectNameDer.AsSpan().SequenceEqual(leaf.IssuerNameDer)))
            .DistinctBy(c => c.Sha256Fingerprint)
            .ToList();
        var matching = candidates.FirstOrDefault(c => response.Responses.Any(r => r.CertId.Matches(leaf, c)));
        return new(leaf, matching ?? candidates.FirstOrDefault());
    }

    /// <summary>The SingleResponse about the leaf: by CertID with the issuer, by serial alone when no issuer is known.</summary>
    public OcspSingleResponse? SingleFor(OcspResponse response)
    {
        if (Leaf is null)
        {
            return response.Responses.Count == 1 ? response.Responses[0] : null;
        }

        return Issuer is { } issuer
            ? response.Responses.FirstOrDefault(r => r.CertId.Matches(Leaf, issuer))
            : response.Responses.FirstOrDefault(r => string.Equals(r.CertId.SerialNumber, Leaf.SerialNumber, StringComparison.OrdinalIgnoreCase));
    }
}
