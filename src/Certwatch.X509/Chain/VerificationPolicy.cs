namespace Certwatch.X509.Chain;

/// <summary>
/// Knobs of the verifier. The strict default is what a careful non-browser client does: no AIA
/// fetching, SAN required, RSA ≥ 2048, no SHA-1.
/// </summary>
/// <param name="MinimumRsaBits">Keys below this are <see cref="ProblemKind.WeakKey"/>.</param>
/// <param name="RejectSha1">Treat SHA-1 and MD5 signatures (below the anchor) as <see cref="ProblemKind.WeakSignature"/>.</param>
/// <param name="RequireSan">A CN-only leaf does not match (<see cref="ProblemKind.CommonNameOnly"/>).</param>
/// <param name="MaxPathBuildCalls">Budget that bounds path building on hostile input.</param>
public sealed record VerificationPolicy(int MinimumRsaBits = 2048, bool RejectSha1 = true, bool RequireSan = true, int MaxPathBuildCalls = 200)
{
    public static VerificationPolicy Strict { get; } = new();
}
