namespace Certwatch.Core.Findings;

/// <summary>How bad a finding is. Ordered: a higher value is worse.</summary>
public enum Severity
{
    /// <summary>A fact worth knowing; nothing to fix.</summary>
    Info = 0,

    /// <summary>Works today, but will break or is weaker than it should be.</summary>
    Warning = 1,

    /// <summary>Broken for some or all clients now.</summary>
    Critical = 2,
}
