namespace Certwatch.X509.Conformance;

/// <summary>A limbo result value (the suite's <c>expected_result</c> / <c>actual_result</c>).</summary>
public enum LimboOutcome
{
    Success,
    Failure,
    Skipped,
}
