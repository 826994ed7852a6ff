namespace Certwatch.Cli.Rendering;

/// <summary>The <c>--format</c> values.</summary>
public enum OutputFormat
{
    Human,
    Json,
    Nagios,
}
