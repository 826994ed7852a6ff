using Certwatch.Tls;

namespace Certwatch.Cli;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        // Before anything touches crypto: OpenSSL reads its configuration once (see OpenSslLegacyPolicy).
        OpenSslLegacyPolicy.Enable();
        return await CertwatchApp.RunAsync(args, Console.Out, Console.Error);
    }
}
