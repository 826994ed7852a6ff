using Certwatch.X509.Model;
using Certwatch.X509.Trust;

namespace Certwatch.X509.Chain;

/// <summary>
/// Where issuers come from for one verification: the served certificates (indexed by subject, duplicates
/// dropped) and the trust store. Candidates are ordered trust anchors first (OpenSSL X509_V_FLAG_TRUSTED_FIRST),
/// then by AKI/SKI match (RFC 5280 §4.2.1.1), then in served/store order, so results are deterministic.
/// </summary>
internal sealed class IssuerSources
{
    private readonly Dictionary<string, List<CertificateInfo>> _servedBySubject = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IssuerCandidate>> _issuersByChild = new(StringComparer.OrdinalIgnoreCase);
    private readonly TrustStore _store;

    public IssuerSources(IReadOnlyList<CertificateInfo> served, TrustStore store)
        : this(served, store, [])
    {
    }

    /// <param name="extra">Downloaded (AIA) or preloaded intermediates, tried after the served ones.</param>
    public IssuerSources(IReadOnlyList<CertificateInfo> served, TrustStore store, IReadOnlyList<CertificateInfo> extra)
    {
        _store = store;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var certificate in served.Concat(extra))
        {
            if (!seen.Add(certificate.Sha256Fingerprint))
            {
                continue;
            }

            var key = Convert.ToHexString(certificate.SubjectNameDer);
            if (!_servedBySubject.TryGetValue(key, out var list))
            {
                list = [];
                _servedBySubject[key] = list;
            }

            list.Add(certificate);
        }
    }

    /// <summary>True when the certificate is an anchor, or a served copy of one (same SHA-256, or same subject and key).</summary>
    public bool IsAnchorEquivalent(CertificateInfo certificate)
    {
        foreach (var anchor in _store.FindBySubject(certificate.SubjectNameDer))
        {
            if (SameText(anchor.Sha256Fingerprint, certificate.Sha256Fingerprint) || SameText(anchor.SpkiSha256, certificate.SpkiSha256))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Candidate issuers of <paramref name="child"/>, best first; computed once per certificate per verification.</summary>
    public IReadOnlyList<IssuerCandidate> IssuersOf(CertificateInfo child)
    {
        if (!_issuersByChild.TryGetValue(child.Sha256Fingerprint, out var candidates))
        {
            candidates = FindIssuers(child);
            _issuersByChild[child.Sha256Fingerprint] = candidates;
        }

        return candidates;
    }

    private List<IssuerCandidate> FindIssuers(CertificateInfo child)
    {
        var anchors = _store.FindBySubject(child.IssuerNameDer);
        var candidates = new List<IssuerCandidate>(anchors.Count + 2);
        var fingerprints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        AddPreferred(candidates, fingerprints, anchors.Select(a => new IssuerCandidate(a, IsAnchor: true)), child);
        if (_servedBySubject.TryGetValue(Convert.ToHexString(child.IssuerNameDer), out var served))
        {
            AddPreferred(candidates, fingerprints, served.Select(s => new IssuerCandidate(s, IsAnchorEquivalent(s))), child);
        }

        return candidates;
    }

    private static void AddPreferred(List<IssuerCandidate> into, HashSet<string> fingerprints, IEnumerable<IssuerCandidate> source, CertificateInfo child)
    {
        var unique = source.Where(c => fingerprints.Add(c.Certificate.Sha256Fingerprint)).ToList();
        into.AddRange(unique.Where(c => KeyIdMatches(child, c.Certificate)));
        into.AddRange(unique.Where(c => !KeyIdMatches(child, c.Certificate)));
    }

    /// <summary>The child's authorityKeyIdentifier names this candidate's subjectKeyIdentifier (both present and equal).</summary>
    private static bool KeyIdMatches(CertificateInfo child, CertificateInfo candidate) =>
        child.AuthorityKeyId is not null && candidate.SubjectKeyId is not null && SameText(child.AuthorityKeyId, candidate.SubjectKeyId);

    private static bool SameText(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
