using System.Text.Encodings.Web;
using System.Text.Json;
using Certwatch.Cli.Json;
using Certwatch.Cli.Reporting;

namespace Certwatch.Cli.Rendering;

/// <summary><c>scan --json</c>: one JSON document on stdout (nothing else goes there), schema in docs/scan-report.schema.json.</summary>
public sealed class ScanJsonRenderer(string toolVersion) : IScanRenderer
{
    // Grades are "A+"; the default encoder would write "A\u002B", which a grep or a shell test does not find.
    // The output is a terminal or a file, never HTML, so the relaxed encoder is safe here.
    private static readonly ScanReportJsonContext Context = new(new JsonSerializerOptions(ScanReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public void Render(ScanRun run, TextWriter output)
    {
        var document = ScanReportMapper.Map(run, toolVersion);
        output.WriteLine(JsonSerializer.Serialize(document, Context.ScanReportDocument));
    }
}
