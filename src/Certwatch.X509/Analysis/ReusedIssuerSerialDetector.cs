using Certwatch.Core.Findings;
using Certwatch.X509.Model;

namespace Certwatch.X509.Analysis;

/// <summary>
/// Finds different certificates (different SHA-256) that share issuer DN and serial number. NSS refuses
/// the second one it sees with SEC_ERROR_REUSED_ISSUER_AND_SERIAL (-8054), before path validation and
/// without override (nss lib/certdb/stanpcertdb.c CERT_NewTempCertificate; client-errors.md §3). The
/// same certificate seen twice is not reuse.
/// </summary>
public static class ReusedIssuerSerialDetector
{
    public static IReadOnlyList<Finding> Find(IEnumerable<(string Address, CertificateInfo Certificate)> seen)
    {
        var findings = new List<Finding>();
        var groups = seen.GroupBy(s => (Issuer: Convert.ToHexString(s.Certificate.IssuerNameDer), Serial: s.Certificate.SerialNumber.ToUpperInvariant()));
        foreach (var group in groups)
        {
            var distinct = group.DistinctBy(s => s.Certificate.Sha256Fingerprint.ToUpperInvariant()).ToList();
            if (distinct.Count > 1)
            {
                findings.Add(Describe(distinct));
            }
        }
        return findings;
    }

    public static bool HasReuse(IEnumerable<CertificateInfo> certificates) =>
        Find(certificates.Select(c => ("", c))).Count > 0;

    private static Finding Describe(IReadOnlyList<(string Address, CertificateInfo Certificate)> certificates)
    {
        var first = certificates[0].Certificate;
        var addresses = certificates.Select(c => c.Address).Where(a => a.Length > 0).Distinct().ToList();
        var evidence = new List<string> { $"issuer: {first.Issuer}", $"serial: {first.SerialNumber}" };
        evidence.AddRange(certificates.Select(c =>
            $"certificate '{c.Certificate.DisplayName}' SHA-256 {c.Certificate.Sha256Fingerprint}" + (c.Address.Length > 0 ? $" on {c.Address}" : "")));
        return new Finding(
            FindingIds.ChainReusedIssuerSerial,
            Severity.Critical,
            $"{certificates.Count} different certificates share issuer '{first.IssuerCommonName ?? first.Issuer}' and serial {first.SerialNumber}",
            "Firefox refuses a certificate whose issuer and serial match one it has already seen with different contents: " +
            "SEC_ERROR_REUSED_ISSUER_AND_SERIAL, with no way to click through. RFC 5280 §4.1.2.2 requires serials to be unique per issuer.",
            evidence,
            FixAdvice.Text("Reissue the certificates so each has a unique random serial (e.g. regenerate with `openssl req -x509 -set_serial 0x$(openssl rand -hex 16) …`); " +
                "users who already saw the old one must delete it in Firefox's Certificate Manager."),
            addresses.Count == 1 ? addresses[0] : null);
    }
}
