using Certwatch.Core.Findings;

namespace Certwatch.X509.Analysis.Findings;

/// <summary>How the chain was deployed: missing intermediates, order, root sent, duplicates, extras (RFC 8446 §4.4.2).</summary>
public static class DeploymentFindings
{
    public static IEnumerable<Finding> For(ChainDiagnosis d)
    {
        var f = d.Facts;
        var host = d.ExpectedName;
        if (f.MissingIssuer is not null)
        {
            yield return Incomplete(d);
        }
        if (!f.InOrder)
        {
            yield return new(FindingIds.ChainOrder, Severity.Warning, "Certificates are sent in the wrong order",
                "TLS expects leaf → issuer → … ; strict clients and old libraries can fail to build the path from a shuffled list.",
                [$"served order: {ServedOrder(d)}", $"expected order: {string.Join(" → ", d.Path.Select(c => c.DisplayName))}"],
                FixLines.ReorderChain(host));
        }
        if (f.ContainsAnchor)
        {
            var root = d.Served.Skip(1).First(c => c.IsSelfIssued || d.Path.Count > 1 && c.Sha256Fingerprint == d.Path[^1].Sha256Fingerprint);
            yield return new(FindingIds.ChainRootSent, Severity.Info, $"The server sends its root '{root.DisplayName}'",
                $"Clients use their own copy of the root; sending it wastes {root.Der.Length} bytes in every handshake.",
                [$"root: {root.Subject}", $"size: {root.Der.Length} bytes", $"served order: {ServedOrder(d)}"], FixLines.DropRoot(host));
        }
        if (f.DuplicateCount > 0)
        {
            yield return new(FindingIds.ChainDuplicate, Severity.Warning, $"{f.DuplicateCount} certificate(s) sent more than once",
                "Duplicates waste bytes and confuse some path builders.",
                [$"served order: {ServedOrder(d)}"], FixLines.DropExtras(host, "duplicate certificates"));
        }
        if (f.UnrelatedCount > 0)
        {
            var onPath = d.Path.Select(c => c.Sha256Fingerprint).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var extras = d.Served.Where(c => !onPath.Contains(c.Sha256Fingerprint)).DistinctBy(c => c.Sha256Fingerprint).ToList();
            yield return new(FindingIds.ChainUnrelated, Severity.Warning, $"{f.UnrelatedCount} served certificate(s) are not part of the chain",
                "Certificates that do not certify the leaf are dead weight and often a sign of a stale or mixed-up chain file.",
                extras.Select(c => $"unrelated: '{c.DisplayName}' (issuer {c.Issuer})").ToList(), FixLines.DropExtras(host, "certificates that are not on the chain"));
        }
    }

    private static Finding Incomplete(ChainDiagnosis d)
    {
        var f = d.Facts;
        var orphan = ServedChainInspector.MissingIssuerOf(d.Path, d.EndsAtTrustAnchor, d.Problems)!;
        var evidence = new List<string> { $"missing issuer: {f.MissingIssuer}", $"issuer of: '{orphan.DisplayName}'" };
        evidence.Add(f.MissingIssuerUrl is null ? "no AIA CA Issuers URL in the certificate" : $"AIA CA Issuers: {f.MissingIssuerUrl}");
        return new(FindingIds.ChainIncomplete, Severity.Critical,
            $"Intermediate certificate '{ShortName(f.MissingIssuer!)}' is not sent",
            "Browsers often hide this (Chrome and Safari fetch the issuer over AIA, Firefox preloads public intermediates), " +
            "but OpenSSL, curl, Go, Java, Python and most API clients fail with 'unable to get local issuer certificate'.",
            evidence, FixLines.ServeFullChain(d.ExpectedName));
    }

    private static string ServedOrder(ChainDiagnosis d) =>
        string.Join(" → ", d.Served.Select((c, i) => $"#{i} '{c.DisplayName}'"));

    private static string ShortName(string dn)
    {
        var cn = dn.Split(',').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("CN=", StringComparison.OrdinalIgnoreCase));
        return cn is null ? dn : cn[3..];
    }
}
