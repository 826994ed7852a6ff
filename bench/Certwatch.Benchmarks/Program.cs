using BenchmarkDotNet.Running;
using Certwatch.Benchmarks.Limbo;

namespace Certwatch.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == LimboBaselineCommand.Name)
        {
            Environment.ExitCode = LimboBaselineCommand.Run(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
