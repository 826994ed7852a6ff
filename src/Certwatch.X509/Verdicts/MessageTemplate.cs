using System.Globalization;
using Certwatch.X509.Analysis;
using Certwatch.X509.Chain;

namespace Certwatch.X509.Verdicts;

/// <summary>Fills the placeholders of a <see cref="ClientError.Message"/> from the problem and the diagnosis.</summary>
public static class MessageTemplate
{
    public static string Fill(string template, CertificateProblem? problem, ChainDiagnosis diagnosis)
    {
        var c = problem?.Certificate ?? diagnosis.Leaf;
        var leaf = diagnosis.Leaf;
        return template
            .Replace("{host}", diagnosis.ExpectedName, StringComparison.Ordinal)
            .Replace("{names}", leaf is null ? "" : string.Join(", ", leaf.DnsNames.Concat(leaf.IpAddresses.Select(a => a.ToString()))), StringComparison.Ordinal)
            .Replace("{cn}", leaf?.SubjectCommonName ?? "", StringComparison.Ordinal)
            .Replace("{subject}", c?.DisplayName ?? "", StringComparison.Ordinal)
            .Replace("{issuer}", c?.IssuerCommonName ?? c?.Issuer ?? "", StringComparison.Ordinal)
            .Replace("{algorithm}", c?.SignatureAlgorithm.Name ?? "", StringComparison.Ordinal)
            .Replace("{bits}", c?.PublicKey.SizeBits.ToString(CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal)
            .Replace("{depth}", problem?.Index.ToString(CultureInfo.InvariantCulture) ?? "0", StringComparison.Ordinal)
            .Replace("{now}", Rfc3339(diagnosis.ValidationTime), StringComparison.Ordinal)
            .Replace("{notAfter}", c is null ? "" : Rfc3339(c.NotAfter), StringComparison.Ordinal)
            .Replace("{notBefore}", c is null ? "" : Rfc3339(c.NotBefore), StringComparison.Ordinal);
    }

    // Go formats times in errors with time.RFC3339 (crypto/x509 verify.go CertificateInvalidError).
    private static string Rfc3339(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
