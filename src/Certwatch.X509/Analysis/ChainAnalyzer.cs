namespace Certwatch.X509.Analysis;

/// <summary>
/// Pure analysis of one served chain: runs the verifier, derives deployment facts, emits findings with
/// fixes and predicts each client's verdict. Same input, same output; no I/O, no clock.
/// </summary>
public static class ChainAnalyzer
{
    public static ChainAnalysis Analyze(ChainAnalysisInput input) => throw new NotImplementedException();
}
