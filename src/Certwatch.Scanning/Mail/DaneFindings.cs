using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Mail;

/// <summary>The dns.dane.* findings of one SMTP server; none when it publishes no TLSA records.</summary>
public static class DaneFindings
{
    private const string DnssecNote =
        "Certwatch does not validate DNSSEC itself; DANE senders use TLSA records only from a DNSSEC-signed zone (RFC 7672 §2.2).";

    public static Finding? For(DaneVerdict verdict, string? address)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var evidence = Evidence(verdict);
        return verdict.Kind switch
        {
            DaneVerdictKind.Match => new Finding(FindingIds.DnsDaneMatch, Severity.Info,
                $"DANE: the TLSA record {TlsaRecordText.Usage(verdict.Matched!.Usage)} at {verdict.Owner} matches the served chain",
                $"Senders that do DANE (RFC 7672) will authenticate this server and deliver. {DnssecNote}",
                evidence, null, address),
            DaneVerdictKind.Mismatch => new Finding(FindingIds.DnsDaneMismatch, Severity.Critical,
                $"DANE: no TLSA record at {verdict.Owner} matches the served chain: DANE senders will not deliver mail",
                $"Senders that do DANE (Postfix and Exim with DANE on, and large mail providers) find no usable record matching the certificate and defer the mail to this server (RFC 7672 §2.2, §3.1); usually the certificate or key was renewed without publishing its TLSA record first. {DnssecNote}",
                evidence,
                FixAdvice.Text("Publish a TLSA record for the key now in use (e.g. `3 1 1 <SHA-256 of the SPKI>`: `openssl x509 -noout -pubkey -in cert.pem | openssl pkey -pubin -outform DER | sha256sum`), keep the old one until caches expire, and from then on publish the next key's record before each rollover (RFC 7671 §8.1)."),
                address),
            DaneVerdictKind.Unusable => new Finding(FindingIds.DnsDaneUnusable, Severity.Warning,
                $"DANE: the TLSA records at {verdict.Owner} are all unusable for SMTP",
                $"SMTP senders ignore PKIX-TA(0)/PKIX-EE(1) records and unknown selectors or matching types (RFC 7672 §3.1.3); with none usable they fall back to unauthenticated TLS, so DANE protects nothing here. {DnssecNote}",
                evidence,
                FixAdvice.Text("Replace them with DANE-EE(3) SPKI(1) SHA2-256(1) records (`3 1 1 …`), or DANE-TA(2) records for the issuing CA sent in the chain."),
                address),
            DaneVerdictKind.LookupFailed => new Finding(FindingIds.DnsDaneLookupFailed, Severity.Warning,
                $"DANE: the TLSA lookup for {verdict.Owner} failed",
                $"A DANE sender that cannot get an answer for the TLSA records of a signed MX host defers delivery (RFC 7672 §2.1.1). {DnssecNote}",
                evidence,
                FixAdvice.Text("Make the authoritative servers answer TLSA queries (NOERROR or NXDOMAIN with valid DNSSEC denial), not SERVFAIL or silence."),
                address),
            _ => null,
        };
    }

    private static List<string> Evidence(DaneVerdict verdict)
    {
        var evidence = verdict.Records.Select(r => TlsaRecordText.Format(verdict.Owner, r)).ToList();
        if (verdict.Matched is { } matched)
        {
            evidence.Add("matched: " + TlsaRecordText.Format(verdict.Owner, matched));
        }

        evidence.AddRange(verdict.Reasons);
        evidence.Add($"resolver AD bit: {(verdict.AuthenticData ? "set (the resolver says it validated the records with DNSSEC)" : "not set (unsigned zone, or a resolver that does not validate)")}");
        return evidence;
    }
}
