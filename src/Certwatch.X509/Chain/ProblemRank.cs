namespace Certwatch.X509.Chain;

/// <summary>
/// How specific (useful to show) each problem is, after webpki's <c>Error::rank</c>: when no path is
/// valid, the path whose least specific problem ranks highest is reported. Being told "the intermediate
/// expired" helps more than "issuer not found", which helps more than "gave up".
/// Order: validity 290 &gt; name 280 &gt; leaf usage 260 &gt; signature 240 &gt; issuer constraints 230 &gt;
/// unknown critical extension 220 &gt; weak key/signature 200 &gt; malformed 100 &gt; untrusted root 50 &gt;
/// issuer not found 10 &gt; budget 0.
/// </summary>
public static class ProblemRank
{
    public static int Of(ProblemKind kind) => kind switch
    {
        ProblemKind.Expired or ProblemKind.NotYetValid => 290,
        ProblemKind.NameMismatch or ProblemKind.CommonNameOnly => 280,
        ProblemKind.CaUsedAsEndEntity or ProblemKind.EkuMissingServerAuth or ProblemKind.LeafKeyUsageIncompatible => 260,
        ProblemKind.BadSignature => 240,
        ProblemKind.UnsupportedSignatureAlgorithm => 235,
        ProblemKind.NotACa or ProblemKind.IssuerKeyUsageMissingCertSign or ProblemKind.PathLengthExceeded or ProblemKind.NameConstraintViolation => 230,
        ProblemKind.UnknownCriticalExtension => 220,
        ProblemKind.WeakKey or ProblemKind.WeakSignature => 200,
        ProblemKind.ValidityTooLong => 190,
        ProblemKind.Malformed => 100,
        ProblemKind.UntrustedRoot or ProblemKind.SelfSignedLeaf => 50,
        ProblemKind.IssuerNotFound => 10,
        _ => 0,
    };

    /// <summary>Budget exhaustion stops path building at once (webpki <c>is_fatal</c>).</summary>
    public static bool IsFatal(ProblemKind kind) => kind == ProblemKind.BudgetExceeded;
}
