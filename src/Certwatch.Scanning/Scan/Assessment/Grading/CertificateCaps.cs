using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Scan.Assessment.Grading;

/// <summary>
/// Caps from the certificate check of the same address. Rating guide: an untrusted certificate gives T (the
/// security grade does not matter when an active attacker can impersonate the server), a name mismatch M
/// (2009i); key below 1024 bits → F, below 2048 → B (2014-01 blog); SHA-1/MD5 leaf signature → T (2017).
/// </summary>
internal static class CertificateCaps
{
    // The certificate check's findings that mean "clients will not trust this chain".
    private static readonly Dictionary<string, string> TrustRules = new(StringComparer.Ordinal)
    {
        [FindingIds.ChainUntrustedRoot] = "Certificate chain ends at an untrusted root",
        [FindingIds.CertSelfSigned] = "Self-signed certificate",
        [FindingIds.ChainIncomplete] = "Incomplete certificate chain",
        [FindingIds.ChainInvalid] = "Invalid certificate chain",
        [FindingIds.CertExpired] = "Certificate expired",
        [FindingIds.CertNotYetValid] = "Certificate not yet valid",
        [FindingIds.ChainIntermediateExpired] = "Intermediate certificate expired",
        [FindingIds.ChainIntermediateNotYetValid] = "Intermediate certificate not yet valid",
        [FindingIds.CertWeakSignature] = "Weak certificate signature (SHA-1/MD5)",
        [FindingIds.CertMalformed] = "Certificate cannot be decoded",
    };

    public static IEnumerable<GradeCap> For(ServerTlsView server)
    {
        var findings = server.Certificate.Analysis?.Findings ?? [];
        if (server.Certificate.Analysis is null)
        {
            yield return new GradeCap(GradeLetters.Trust, "No usable certificate", server.Certificate.Observation.Error ?? "the server sent no certificate that could be analysed");
        }

        foreach (var finding in findings.Where(f => TrustRules.ContainsKey(f.Id)).DistinctBy(f => f.Id))
        {
            yield return new GradeCap(GradeLetters.Trust, TrustRules[finding.Id], finding.Title);
        }

        foreach (var finding in findings.Where(f => f.Id == FindingIds.HostMismatch).Take(1))
        {
            yield return new GradeCap(GradeLetters.Mismatch, "Certificate name mismatch", finding.Title);
        }

        if (server.Leaf?.PublicKey is { Algorithm: "RSA" or "DSA" } key && key.SizeBits < 2048)
        {
            yield return new GradeCap(key.SizeBits < 1024 ? "F" : "B", key.SizeBits < 1024 ? "Certificate key below 1024 bits" : "Certificate key below 2048 bits", $"{key.Algorithm} {key.SizeBits} bits");
        }
    }
}
