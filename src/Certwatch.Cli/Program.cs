using Certwatch.Tls;

namespace Certwatch.Cli;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        // Before anything touches crypto: OpenSSL reads its configuration once (see OpenSslLegacyPolicy).
        OpenSslLegacyPolicy.Enable();
        if (args.Length > 0 && args[0] is "check" or "scan")
        {
            PlatformChainStore.LeaveUnloaded();
        }

        return await CertwatchApp.RunAsync(args, Console.Out, Console.Error);
    }
}
