using Certwatch.Scanning.Dns;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;
using Certwatch.X509.Trust;

namespace Certwatch.Scanning.Mail;

/// <summary>
/// Matches TLSA records against a served SMTP chain as a DANE sender does (RFC 7672 §3.1, RFC 7671 §5):
/// DANE-EE(3) matches the leaf alone — no name check, no expiry (RFC 7672 §3.1.1); DANE-TA(2) matches a
/// CA certificate the server sent, and the leaf must chain to it and carry the MX host name
/// (RFC 7672 §3.1.2, §3.2.2). PKIX-TA(0)/PKIX-EE(1) are unusable for SMTP (RFC 7672 §3.1.3).
/// </summary>
public static class DaneEvaluator
{
    public static DaneVerdict Evaluate(
        string owner, IReadOnlyList<DnsTlsaData> records, bool authenticData, IReadOnlyList<CertificateInfo> served, string referenceName, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(served);
        if (records.Count == 0)
        {
            return new DaneVerdict(owner, DaneVerdictKind.NoRecords, records, null, [], authenticData);
        }

        var usable = records.Where(TlsaMatcher.IsUsableForSmtp).ToList();
        if (usable.Count == 0)
        {
            return new DaneVerdict(owner, DaneVerdictKind.Unusable, records, null,
                ["no record has usage DANE-TA(2) or DANE-EE(3) with a known selector and matching type"], authenticData);
        }

        var reasons = new List<string>();
        foreach (var record in usable)
        {
            if (TryMatch(record, served, referenceName, time, out var reason))
            {
                return new DaneVerdict(owner, DaneVerdictKind.Match, records, record, [], authenticData);
            }

            reasons.Add($"{TlsaRecordText.Format(owner, record)}: {reason}");
        }

        return new DaneVerdict(owner, DaneVerdictKind.Mismatch, records, null, reasons, authenticData);
    }

    private static bool TryMatch(DnsTlsaData record, IReadOnlyList<CertificateInfo> served, string referenceName, DateTimeOffset time, out string reason)
    {
        if (served.Count == 0)
        {
            reason = "the server sent no certificate";
            return false;
        }

        if (record.Usage == 3)
        {
            reason = $"does not match the leaf ({served[0].DisplayName}, SPKI SHA-256 {served[0].SpkiSha256})";
            return TlsaMatcher.Matches(record, served[0]);
        }

        // RFC 7672 §3.1.2: the server must send the trust anchor (or its key's certificate) in its chain.
        var anchor = served.Skip(1).FirstOrDefault(c => TlsaMatcher.Matches(record, c));
        if (anchor is null)
        {
            reason = "matches no CA certificate in the served chain";
            return false;
        }

        var path = ChainVerifier.Verify(new VerificationRequest(
            served, new TrustStore("DANE-TA " + anchor.DisplayName, [anchor]), time, referenceName, VerificationPolicy.Strict));
        var problems = path.Problems.Select(p => p.Message).Take(3).ToList();
        if (path.NameMatch is { Matched: false })
        {
            problems.Add($"the leaf is not valid for {referenceName}");
        }

        reason = path.IsValid ? "" : $"matches {anchor.DisplayName}, but the leaf does not verify up to it: {string.Join("; ", problems)}";
        return path.IsValid;
    }
}
