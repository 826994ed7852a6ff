namespace Certwatch.X509.Chain;

/// <summary>
/// Knobs of the verifier. The strict default is what a careful non-browser client does: no AIA
/// fetching, SAN required, RSA ≥ 2048, no SHA-1, a TLS server certificate (serverAuth).
/// </summary>
/// <param name="MinimumRsaBits">Keys below this are <see cref="ProblemKind.WeakKey"/>.</param>
/// <param name="RejectSha1">Treat SHA-1 and MD5 signatures (below the anchor) as <see cref="ProblemKind.WeakSignature"/>.</param>
/// <param name="RequireSan">A CN-only leaf does not match (<see cref="ProblemKind.CommonNameOnly"/>).</param>
/// <param name="MaxPathBuildCalls">Budget that bounds path building on hostile input.</param>
/// <param name="RequiredEku">
/// The extendedKeyUsage purpose the leaf is verified for (RFC 5280 §4.2.1.12): serverAuth by default,
/// clientAuth (<see cref="ClientAuthEku"/>) to verify a TLS client certificate.
/// </param>
/// <param name="MaxChainDepth">
/// At most this many intermediates between the leaf and the trust anchor (null: no limit beyond
/// pathLenConstraint), like OpenSSL's <c>-verify_depth</c> and webpki's depth limit.
/// </param>
public sealed record VerificationPolicy(
    int MinimumRsaBits = 2048,
    bool RejectSha1 = true,
    bool RequireSan = true,
    int MaxPathBuildCalls = 200,
    string RequiredEku = VerificationPolicy.ServerAuthEku,
    int? MaxChainDepth = null)
{
    public const string ServerAuthEku = "1.3.6.1.5.5.7.3.1";
    public const string ClientAuthEku = "1.3.6.1.5.5.7.3.2";

    public static VerificationPolicy Strict { get; } = new();
}
