using Certwatch.Cli.Reporting;

namespace Certwatch.Cli.Rendering;

/// <summary>Turns a finished scan run into text on one output. Renderers never decide status or grade; they show them.</summary>
public interface IScanRenderer
{
    void Render(ScanRun run, TextWriter output);
}
