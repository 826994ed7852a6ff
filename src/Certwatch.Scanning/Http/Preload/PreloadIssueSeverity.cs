namespace Certwatch.Scanning.Http;

/// <summary>hstspreload's two levels: an error blocks submission, a warning does not.</summary>
public enum PreloadIssueSeverity
{
    Warning,
    Error,
}
