using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>
/// Signature results per (certificate, issuer) pair for one verification, so paths that share links verify
/// each link once; and the signature budget (webpki allows 100 per verification) that keeps hostile input fast.
/// </summary>
internal sealed class SignatureCache
{
    private readonly Dictionary<(string Certificate, string Issuer), SignatureOutcome> _outcomes = [];
    private readonly int _maxVerifications;
    private int _verifications;

    public SignatureCache(int maxVerifications) => _maxVerifications = maxVerifications;

    public bool Exhausted => _verifications >= _maxVerifications;

    public SignatureOutcome Verify(CertificateInfo certificate, CertificateInfo issuer)
    {
        var key = (certificate.Sha256Fingerprint, issuer.Sha256Fingerprint);
        if (!_outcomes.TryGetValue(key, out var outcome))
        {
            if (Exhausted)
            {
                return new(SignatureStatus.BudgetExceeded, $"the signature was not checked: the budget of {_maxVerifications} signature checks per verification ran out");
            }

            _verifications++;
            outcome = SignatureVerifier.Verify(certificate, issuer);
            _outcomes[key] = outcome;
        }

        return outcome;
    }
}
