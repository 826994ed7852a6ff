using Certwatch.Cli.Reporting;

namespace Certwatch.Cli.Rendering;

/// <summary>Turns a finished check run into text on one output. Renderers never decide status; they show it.</summary>
public interface IReportRenderer
{
    void Render(CheckRun run, TextWriter output);
}
