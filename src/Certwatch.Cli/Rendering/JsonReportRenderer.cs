using System.Text.Json;
using Certwatch.Cli.Json;
using Certwatch.Cli.Reporting;

namespace Certwatch.Cli.Rendering;

/// <summary><c>--json</c>: one JSON document on stdout (nothing else goes there), schema in docs/check-report.schema.json.</summary>
public sealed class JsonReportRenderer(string toolVersion) : IReportRenderer
{
    public void Render(CheckRun run, TextWriter output)
    {
        var document = CheckReportMapper.Map(run, toolVersion);
        output.WriteLine(JsonSerializer.Serialize(document, CheckReportJsonContext.Default.CheckReportDocument));
    }
}
