namespace Certwatch.TestKit.Pki;

/// <summary>The basicConstraints extension to put in a test certificate (RFC 5280 §4.2.1.9).</summary>
public sealed record BasicConstraintsSpec(bool IsCa, int? PathLength = null, bool Critical = true)
{
    public static BasicConstraintsSpec Ca(int? pathLength = null) => new(true, pathLength);

    public static BasicConstraintsSpec EndEntity { get; } = new(false);
}
