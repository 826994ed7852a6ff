namespace Certwatch.X509.Chain;

/// <summary>
/// Certwatch's own RFC 5280 path builder and verifier: builds candidate paths from the served
/// certificates and the trust store, checks every certificate, and returns every path tried with its
/// problems — never just the first error. Bounded by <see cref="VerificationPolicy.MaxPathBuildCalls"/>.
/// </summary>
public static class ChainVerifier
{
    public static PathValidation Verify(VerificationRequest request) => throw new NotImplementedException();
}
