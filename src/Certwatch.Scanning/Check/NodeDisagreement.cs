using System.Globalization;
using Certwatch.Core.Findings;
using Certwatch.X509.Model;

namespace Certwatch.Scanning.Check;

/// <summary>
/// nodes.disagree: the addresses behind one name do not serve the same thing — a different leaf, a
/// different chain, or findings that only some nodes have. Users then see different results depending on which node DNS or the load balancer hands them, the failure
/// no single-node monitor catches. The target's status stays the worst node's; this finding names the
/// addresses and the difference. A node that gives no certificate at all already has its own
/// tls.connect-failed / tls.handshake-failed finding naming its address, so only serving nodes are compared.
/// </summary>
internal static class NodeDisagreement
{
    public static IEnumerable<Finding> Find(IReadOnlyList<AddressReport> reports, IReadOnlyList<Finding> findings)
    {
        var serving = reports.Where(r => r.Served.Count > 0).ToList();
        if (serving.Count < 2)
        {
            return [];
        }

        var differences = new List<string>();
        var evidence = new List<string>();
        if (serving.Select(r => r.Served[0].Sha256Fingerprint).Distinct().Count() > 1)
        {
            differences.Add("leaf certificate");
        }

        if (serving.Select(r => ChainKey(r.Served)).Distinct().Count() > 1)
        {
            differences.Add("intermediate chain");
        }

        var uneven = UnevenFindings(serving, findings);
        if (uneven.Count > 0)
        {
            differences.Add("findings");
        }

        if (differences.Count == 0)
        {
            return [];
        }

        evidence.AddRange(serving.Select(r => Describe(r, findings)));
        evidence.AddRange(uneven);
        var severity = serving.Select(r => WorstOf(r.Address, findings)).Distinct().Count() > 1 ? Severity.Warning : Severity.Info;
        return [new Finding(
            FindingIds.NodesDisagree,
            severity,
            $"The {serving.Count} addresses of this name that answered disagree: {string.Join(", ", differences)}",
            severity == Severity.Warning
                ? "Users get a different result depending on which address DNS or the load balancer gives them: it works on one node and fails on another. The status is the worst node's."
                : "The nodes serve different certificates or chains that are judged alike today; they will expire and be renewed at different times, so watch every node.",
            evidence,
            FixAdvice.Text("Deploy the same certificate, key and full chain to every node (one renewal job that pushes to all of them), then reload each node."),
            null)];
    }

    private static string ChainKey(IReadOnlyList<CertificateInfo> served) =>
        string.Join("/", served.Skip(1).Select(c => c.Sha256Fingerprint));

    private static string Describe(AddressReport report, IReadOnlyList<Finding> findings)
    {
        var leaf = report.Served[0];
        var chain = report.Served.Count > 1 ? string.Join(" > ", report.Served.Skip(1).Select(c => c.DisplayName)) : "no intermediates";
        var own = findings.Where(f => f.Address == report.Address && f.Severity > Severity.Info).ToList();
        var worst = own.Count == 0 ? "no problem" : $"{own.Max(f => f.Severity)} ({string.Join(", ", own.Select(f => f.Id).Distinct())})";
        return string.Create(CultureInfo.InvariantCulture,
            $"{report.Address}: leaf {leaf.DisplayName} (serial {leaf.SerialNumber}, SHA-256 {leaf.Sha256Fingerprint[..16]}…, expires {leaf.NotAfter:yyyy-MM-dd}); chain: {chain}; {worst}");
    }

    // A finding seen on some nodes only (each node's findings carry its address when there are several).
    private static List<string> UnevenFindings(IReadOnlyList<AddressReport> serving, IReadOnlyList<Finding> findings)
    {
        var addresses = serving.Select(r => r.Address).ToList();
        return [.. findings
            .Where(f => f.Address is not null && addresses.Contains(f.Address))
            .GroupBy(f => f.Id)
            .Select(g => (g.Key, Addresses: g.Select(f => f.Address!).Distinct().ToList()))
            .Where(g => g.Addresses.Count < addresses.Count)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} only on {string.Join(", ", g.Addresses)}")];
    }

    private static Severity WorstOf(string address, IReadOnlyList<Finding> findings) =>
        findings.Where(f => f.Address == address).Select(f => f.Severity).DefaultIfEmpty(Severity.Info).Max();
}
