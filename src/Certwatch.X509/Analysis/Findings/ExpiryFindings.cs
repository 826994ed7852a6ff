using Certwatch.Core.Findings;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;

namespace Certwatch.X509.Analysis.Findings;

/// <summary>Expired, not-yet-valid and soon-expiring certificates on the path (RFC 5280 §4.1.2.5, §6.1.3 (a)(2)).</summary>
public static class ExpiryFindings
{
    public static IEnumerable<Finding> For(ChainDiagnosis d, ExpiryPolicy policy)
    {
        for (var i = 0; i < d.Path.Count; i++)
        {
            var finding = ForOne(d, d.Path[i], i, policy);
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }

    private static Finding? ForOne(ChainDiagnosis d, CertificateInfo c, int index, ExpiryPolicy policy)
    {
        var leaf = index == 0;
        var what = leaf ? "Certificate" : $"{Role(d, index)} '{c.DisplayName}'";
        var evidence = new List<string> { $"subject: {c.Subject}", $"notBefore: {c.NotBefore:yyyy-MM-dd HH:mm:ss} UTC", $"notAfter: {c.NotAfter:yyyy-MM-dd HH:mm:ss} UTC", $"checked at: {d.ValidationTime:yyyy-MM-dd HH:mm:ss} UTC" };
        if (d.ValidationTime > c.NotAfter)
        {
            var ago = (int)Math.Floor((d.ValidationTime - c.NotAfter).TotalDays);
            return new(leaf ? FindingIds.CertExpired : FindingIds.ChainIntermediateExpired, Severity.Critical,
                $"{what} expired {Days(ago)} ago ({c.NotAfter:yyyy-MM-dd})",
                leaf ? "Every client rejects an expired certificate." : $"The issuing certificate '{c.DisplayName}' expired; clients that build this path reject the chain even though the leaf is still valid.",
                evidence, leaf ? FixLines.Renew(d.ExpectedName) : FixAdvice.Text($"Replace '{c.DisplayName}' in the chain file with the current intermediate from your CA (re-download the chain, e.g. certbot's fullchain.pem)."));
        }
        if (d.ValidationTime < c.NotBefore)
        {
            return new(leaf ? FindingIds.CertNotYetValid : FindingIds.ChainIntermediateNotYetValid, Severity.Critical,
                $"{what} is not valid until {c.NotBefore:yyyy-MM-dd HH:mm} UTC",
                "Clients reject a certificate before its notBefore; check the issuing system's clock and the server's clock.",
                evidence, FixAdvice.Text("Serve a certificate that is already valid, or fix the clock of the machine that issued it."));
        }
        return Expiring(d, c, leaf, what, evidence, policy);
    }

    private static Finding? Expiring(ChainDiagnosis d, CertificateInfo c, bool leaf, string what, List<string> evidence, ExpiryPolicy policy)
    {
        var daysLeft = (c.NotAfter - d.ValidationTime).TotalDays;
        if (policy.CrossedThreshold(daysLeft) is not { } threshold)
        {
            return null;
        }
        var severity = daysLeft <= policy.CriticalDays ? Severity.Critical : Severity.Warning;
        evidence.Add($"{daysLeft:0.#} days left: crossed the {threshold}-day threshold" + (severity == Severity.Critical ? $" (critical at {policy.CriticalDays} days)" : ""));
        return new(leaf ? FindingIds.CertExpiring : FindingIds.ChainIntermediateExpiring, severity,
            $"{what} expires in {Days((int)Math.Floor(daysLeft))} ({c.NotAfter:yyyy-MM-dd})",
            leaf ? "Automated renewal should have replaced it by now; when it expires every client fails." : "The intermediate expires soon; fetch the current chain from your CA before it does.",
            evidence, leaf ? FixLines.Renew(d.ExpectedName) : FixAdvice.Text("Download the current intermediate from your CA and update the chain file."));
    }

    private static string Role(ChainDiagnosis d, int index) =>
        CertificatePolicyChecks.PositionOf(index, d.Path.Count, d.Path[index], d.EndsAtTrustAnchor) == CertificatePosition.Root ? "Root" : "Intermediate";

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
