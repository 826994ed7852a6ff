using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>
/// Decides whether a certificate is self-signed: self-issued (RFC 5280 §6.1) and signed by its own key.
/// When the algorithm cannot be verified, AKI absent or equal to SKI stands in for the signature check.
/// Results are kept per verification (per instance), never globally.
/// </summary>
internal sealed class SelfSignedDetector
{
    private readonly SignatureCache _signatures;
    private readonly Dictionary<string, bool> _results = new(StringComparer.OrdinalIgnoreCase);

    public SelfSignedDetector(SignatureCache signatures) => _signatures = signatures;

    /// <summary>The shared signature budget is spent; path building must stop.</summary>
    public bool BudgetExhausted => _signatures.Exhausted;

    public bool IsSelfSigned(CertificateInfo certificate)
    {
        if (!certificate.IsSelfIssued)
        {
            return false;
        }

        if (_results.TryGetValue(certificate.Sha256Fingerprint, out var known))
        {
            return known;
        }

        var outcome = _signatures.Verify(certificate, certificate);
        var result = outcome.Status switch
        {
            SignatureStatus.Valid => true,
            SignatureStatus.Unsupported => certificate.AuthorityKeyId is null
                || string.Equals(certificate.AuthorityKeyId, certificate.SubjectKeyId, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
        _results[certificate.Sha256Fingerprint] = result;
        return result;
    }
}
