using System.Globalization;
using Certwatch.Cli.Reporting;
using Certwatch.Scanning.Check;
using Certwatch.Tls.Handshake;

namespace Certwatch.Cli.Rendering;

/// <summary>The certificate in a few lines: leaf, issuer, key, validity, names and whether the path validates. <c>certwatch check</c> shows the full story.</summary>
internal static class ScanCertificateSection
{
    public static void Write(ScanConsole console, AddressReport address, DateTimeOffset validationTime)
    {
        console.Heading("Certificate");
        if (address.Observation.Outcome != HandshakeOutcome.Completed || address.Served.Count == 0)
        {
            console.Line(ScanConsole.Body, $"no certificate: {address.Observation.Outcome} {address.Observation.Error}".TrimEnd(), "magenta");
            return;
        }

        var leaf = address.Served[0];
        var days = ExpiryFacts.DaysLeft(leaf.NotAfter, validationTime);
        List<(IReadOnlyList<string>, string?)> rows =
        [
            (["subject", leaf.DisplayName], null),
            (["issuer", leaf.IssuerCommonName ?? leaf.Issuer], null),
            (["key", $"{leaf.PublicKey}, signed {leaf.SignatureAlgorithm}"], null),
            (["names", leaf.DnsNames.Count == 0 ? "none (no subjectAltName DNS names)" : string.Join(", ", leaf.DnsNames)], null),
            (["expires", $"{leaf.NotAfter.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({days} days left)"], days < 0 ? "red" : days <= 30 ? "yellow" : null),
            (["chain", $"{address.Served.Count} certificate(s) served"], null),
        ];
        if (address.Analysis is { } analysis)
        {
            rows.Add((["path", analysis.Validation.IsValid ? "valid" : $"{analysis.Validation.Problems.Count} problem(s): " + string.Join("; ", analysis.Validation.Problems.Select(p => p.Message))],
                analysis.Validation.IsValid ? "green" : "red"));
        }

        console.Columns(ScanConsole.Body, rows);
    }
}
