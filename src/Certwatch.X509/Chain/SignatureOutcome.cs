namespace Certwatch.X509.Chain;

/// <summary>Result of checking one certificate's signature with one issuer key, with a reason for messages.</summary>
internal sealed record SignatureOutcome(SignatureStatus Status, string Detail)
{
    public static SignatureOutcome Valid { get; } = new(SignatureStatus.Valid, "signature verifies");
}

internal enum SignatureStatus
{
    Valid,
    Invalid,
    Unsupported,

    /// <summary>Not checked: the per-verification signature budget ran out (webpki <c>consume_signature</c>).</summary>
    BudgetExceeded,
}
