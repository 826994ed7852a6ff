using Certwatch.X509.Analysis;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;

namespace Certwatch.X509.Verdicts;

/// <summary>
/// Runs Certwatch's verifier the way one client builds paths: with that client's issuer sources (AIA
/// downloads for Chrome and Safari, the preloaded set for Firefox, only the handshake for the others)
/// and its policy knobs. Pure: the network part happened before (<see cref="ClientEvidence"/>).
/// </summary>
public static class ClientPathVerifier
{
    public static PathValidation Verify(ClientProfile profile, ChainAnalysisInput input, ClientEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(evidence);
        var request = new VerificationRequest(input.Served, input.TrustStore, input.ValidationTime, input.ExpectedName, profile.Verification.ToPolicy())
        {
            ExtraIssuers = ExtraIssuers(profile.Verification, evidence),
        };
        return ChainVerifier.Verify(request);
    }

    private static List<CertificateInfo> ExtraIssuers(ClientVerification verification, ClientEvidence evidence)
    {
        var extra = new List<CertificateInfo>();
        if (verification.FetchesAia && evidence.AiaFetchingEnabled)
        {
            extra.AddRange(evidence.Downloaded);
        }

        if (verification.UsesPreloadedIntermediates)
        {
            extra.AddRange(evidence.PreloadedIntermediates);
        }

        return extra;
    }
}
