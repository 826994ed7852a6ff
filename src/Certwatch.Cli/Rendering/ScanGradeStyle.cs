namespace Certwatch.Cli.Rendering;

/// <summary>Colours for SSL Labs grades: A range green, B–C yellow, the rest red.</summary>
internal static class ScanGradeStyle
{
    public static string Of(string? grade) => grade switch
    {
        "A+" or "A" or "A-" => "green",
        "B" or "C" => "yellow",
        null => "dim",
        _ => "red",
    };
}
