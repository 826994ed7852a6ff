
namespace Certwatch.Cli.Tests.Scan.RealServers;

/// <summary>
/// <c>openssl s_client</c> as an independent second opinion on what a fixture serves (the .NET client
/// refuses some legacy handshakes by itself).
/// </summary>
internal static class OpenSslClient
{
    /// <summary>The "Protocol :" and "Cipher :" lines of one handshake with 127.0.0.1:<paramref name="port"/>; null when it failed.</summary>
    public static async Task<(string Protocol, string Cipher)?> HandshakeAsync(int port, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("openssl") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["s_client", "-connect", $"127.0.0.1:{port}", "-servername", "localhost", "-cipher", "ALL:@SECLEVEL=0", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(timeout.Token);
        await error;
        var lines = (await output).Split('\n').Select(l => l.Trim()).ToList();
        var protocol = Value(lines, "Protocol  :");
        var cipher = Value(lines, "Cipher    :");
        return protocol is null || cipher is null || cipher == "0000" ? null : (protocol, cipher);
    }

    private static string? Value(IEnumerable<string> lines, string prefix) =>
        lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..].Trim();
}
