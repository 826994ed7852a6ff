using System.Globalization;
using Certwatch.Cli.Reporting;
using Certwatch.Core.Findings;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;
using Spectre.Console;

namespace Certwatch.Cli.Rendering;

/// <summary>The served chain as a tree: one node per certificate, in served order, with every fact a reader needs to act on.</summary>
public static class CertificateTree
{
    public static Tree Build(IReadOnlyList<CertificateInfo> served, DateTimeOffset at, ExpiryPolicy policy, bool unicode)
    {
        var tree = new Tree($"[bold]Certificates as served[/] ({served.Count})")
        {
            Guide = unicode ? TreeGuide.Line : TreeGuide.Ascii,
        };
        for (var i = 0; i < served.Count; i++)
        {
            var node = tree.AddNode(Title(served[i], i));
            foreach (var line in Facts(served[i], at, policy))
            {
                node.AddNode(line);
            }
        }

        return tree;
    }

    private static string Title(CertificateInfo certificate, int index)
    {
        var role = index == 0 ? "leaf" : certificate.IsSelfIssued ? "root" : certificate.IsCa ? "CA" : "not a CA";
        return $"[bold]#{index} {Markup.Escape(certificate.DisplayName)}[/] [dim]({role})[/]";
    }

    private static IEnumerable<string> Facts(CertificateInfo c, DateTimeOffset at, ExpiryPolicy policy)
    {
        yield return Fact("Subject", c.Subject);
        yield return Fact("Issuer", c.Issuer);
        yield return Fact("Serial", c.SerialNumber);
        yield return Fact("SHA-256", c.Sha256Fingerprint);
        yield return Fact("Key", c.PublicKey.ToString());
        yield return Fact("Signature", c.SignatureAlgorithm.Name);
        yield return Validity(c, at, policy);
        if (c.DnsNames.Count + c.IpAddresses.Count > 0)
        {
            yield return Fact("SANs", string.Join(", ", c.DnsNames.Concat(c.IpAddresses.Select(ip => ip.ToString()))));
        }

        foreach (var line in Extensions(c))
        {
            yield return line;
        }
    }

    private static IEnumerable<string> Extensions(CertificateInfo c)
    {
        if (c.ExtendedKeyUsage is { } eku)
        {
            yield return Fact("EKU", string.Join(", ", eku.Select(ExtendedKeyUsageNames.Of)));
        }

        if (c.CaIssuersUrls.Count > 0)
        {
            yield return Fact("AIA issuer", string.Join(", ", c.CaIssuersUrls));
        }

        if (c.OcspUrls.Count > 0)
        {
            yield return Fact("OCSP", string.Join(", ", c.OcspUrls));
        }

        if (c.CrlUrls.Count > 0)
        {
            yield return Fact("CRL", string.Join(", ", c.CrlUrls));
        }

        if (c.ValidationLevel != ValidationLevel.Unknown)
        {
            yield return Fact("Policy", LevelName(c.ValidationLevel));
        }

        if (c.SctCount > 0)
        {
            yield return Fact("SCTs", c.SctCount.ToString(CultureInfo.InvariantCulture));
        }

        if (c.MustStaple)
        {
            yield return Fact("Must-staple", "yes (OCSP stapling required, RFC 7633)");
        }
    }

    private static string Validity(CertificateInfo c, DateTimeOffset at, ExpiryPolicy policy)
    {
        var days = ExpiryFacts.DaysLeft(c.NotAfter, at);
        var left = c.NotAfter < at ? $"expired {-days} days ago" : at < c.NotBefore ? "not yet valid" : $"{days} days left";
        var style = at < c.NotBefore ? "red" : StatusStyle.DaysLeft(days, policy);
        return $"[dim]Valid:[/] {Date(c.NotBefore)} → {Date(c.NotAfter)} [{style}]({left})[/]";
    }

    private static string LevelName(ValidationLevel level) => level switch
    {
        ValidationLevel.DomainValidated => "DV (domain validated)",
        ValidationLevel.OrganizationValidated => "OV (organization validated)",
        ValidationLevel.IndividualValidated => "IV (individual validated)",
        ValidationLevel.ExtendedValidation => "EV (extended validation)",
        _ => "unknown",
    };

    private static string Date(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Fact(string label, string value) => $"[dim]{label}:[/] {Markup.Escape(value)}";
}
