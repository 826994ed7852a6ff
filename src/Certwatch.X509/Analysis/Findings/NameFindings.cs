using System.Net;
using Certwatch.Core.Findings;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;

namespace Certwatch.X509.Analysis.Findings;

/// <summary>Host name problems (RFC 6125 §6, CA/B BR §7.1.4.2: names belong in the SAN).</summary>
public static class NameFindings
{
    public static IEnumerable<Finding> For(ChainDiagnosis d)
    {
        foreach (var p in d.Of(ProblemKind.NameMismatch))
        {
            yield return Mismatch(d, p.Certificate);
        }
        foreach (var p in d.Of(ProblemKind.CommonNameOnly))
        {
            yield return new(FindingIds.HostCnOnly, Severity.Critical, $"'{d.ExpectedName}' is only in the subject CN; the certificate has no subjectAltName",
                "Chrome, Firefox, Safari and Go ignore the CN and reject the certificate; OpenSSL/curl and Java still accept it.",
                [$"subject: {p.Certificate.Subject}", "subjectAltName: absent"],
                FixLines.Reissue("Reissue the certificate with the name in a subjectAltName (every public CA and certbot do this).", d.ExpectedName));
        }
    }

    private static Finding Mismatch(ChainDiagnosis d, CertificateInfo leaf)
    {
        var names = d.NameMatch?.PresentedNames is { Count: > 0 } presented
            ? presented
            : leaf.DnsNames.Concat(leaf.IpAddresses.Select(a => a.ToString())).ToList();
        var shown = names.Count == 0 ? "no names" : string.Join(", ", names);
        var hint = WwwHint(d.ExpectedName, names);
        var evidence = new List<string> { $"expected: {d.ExpectedName}", $"subjectAltName: {shown}", $"subject: {leaf.Subject}" };
        if (hint is not null)
        {
            evidence.Add(hint);
        }
        return new(FindingIds.HostMismatch, Severity.Critical, $"Certificate is valid for {shown} — not {d.ExpectedName}",
            "Every client rejects a certificate that does not name the host" + (hint is null ? "." : $"; {hint}."),
            evidence, MismatchFix(d.ExpectedName));
    }

    private static FixAdvice MismatchFix(string expected)
    {
        // An IP literal must be an iPAddress SAN (RFC 6125 §6.2.1 / CA/B BR §7.1.4.2.1); there is no www variant.
        if (IPAddress.TryParse(expected, out _))
        {
            return new($"Reissue the certificate with an iPAddress subjectAltName for {expected}, or connect by a DNS name it carries.",
                [new("openssl", $"openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 397 -subj \"/CN={expected}\" -addext \"subjectAltName=IP:{expected}\"")]);
        }
        var apex = Apex(expected);
        return FixLines.Reissue($"Reissue the certificate with every name it serves, e.g. both {apex} and www.{apex}.", expected, apex, $"www.{apex}");
    }

    /// <summary>The classic www/apex slip: the certificate has example.com and the user typed www.example.com (or the reverse).</summary>
    public static string? WwwHint(string expected, IReadOnlyList<string> names)
    {
        var other = expected.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? expected[4..] : $"www.{expected}";
        return names.Any(n => n.Equals(other, StringComparison.OrdinalIgnoreCase))
            ? $"the certificate has {other} but not {expected}"
            : null;
    }

    private static string Apex(string name) => name.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
}
