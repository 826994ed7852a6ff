using Certwatch.X509.Analysis.Findings;
using Certwatch.X509.Chain;
using Certwatch.X509.Verdicts;

namespace Certwatch.X509.Analysis;

/// <summary>
/// Pure analysis of one served chain: runs the verifier, derives deployment facts, emits findings with
/// fixes and predicts each client's verdict. Same input, same output; no I/O, no clock.
/// </summary>
public static class ChainAnalyzer
{
    public static ChainAnalysis Analyze(ChainAnalysisInput input)
    {
        var validation = Validate(input);
        var diagnosis = ChainDiagnosisBuilder.Build(input, validation) with { Evidence = input.Evidence };
        return new ChainAnalysis(validation, diagnosis.Facts, FindingsBuilder.Build(diagnosis, input), ClientVerdictEngine.Predict(input))
        {
            Evidence = input.Evidence,
        };
    }

    /// <summary>The analysis for an already computed validation (tests build one by hand).</summary>
    public static ChainAnalysis FromValidation(ChainAnalysisInput input, PathValidation validation)
    {
        var diagnosis = ChainDiagnosisBuilder.Build(input, validation);
        return new ChainAnalysis(validation, diagnosis.Facts, FindingsBuilder.Build(diagnosis, input), ClientVerdictEngine.Predict(diagnosis));
    }

    private static PathValidation Validate(ChainAnalysisInput input) =>
        input.Served.Count == 0
            ? new PathValidation(new CandidatePath([], false, []), [], null)
            : ChainVerifier.Verify(new VerificationRequest(input.Served, input.TrustStore, input.ValidationTime, input.ExpectedName, VerificationPolicy.Strict)
            {
                // check --aia: the strict analysis may use the downloaded intermediates too.
                ExtraIssuers = input.Evidence.StrictUsesAia ? [.. input.Evidence.Downloaded] : [],
            });
}
