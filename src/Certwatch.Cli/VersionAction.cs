using System.CommandLine;
using System.CommandLine.Invocation;

namespace Certwatch.Cli;

/// <summary>
/// <c>--version</c> prints this tool's version. The built-in action reads the entry assembly, which is the
/// test host when the CLI runs in-process.
/// </summary>
internal sealed class VersionAction(TextWriter output) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        output.WriteLine(ToolVersion.Current);
        return 0;
    }
}
