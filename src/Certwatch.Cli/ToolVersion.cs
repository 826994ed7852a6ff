using System.Reflection;

namespace Certwatch.Cli;

/// <summary>The version <c>--version</c> prints and the JSON report carries.</summary>
public static class ToolVersion
{
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
