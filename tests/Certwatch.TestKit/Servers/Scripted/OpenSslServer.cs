using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Certwatch.TestKit.Pki;

namespace Certwatch.TestKit.Servers.Scripted;

/// <summary>
/// A real <c>openssl s_server -www</c> on 127.0.0.1 with a test chain and the given options (protocol switches,
/// -cipher, -ciphersuites, -groups…). Start fails with s_server's output when the options are refused or the
/// binary is missing. It runs with the machine's OpenSSL defaults, not the test process's OPENSSL_CONF. Dispose kills the process and deletes its temp directory, even when a test failed.
/// </summary>
public sealed class OpenSslServer : IAsyncDisposable
{
    private const int PortAttempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly string _directory;
    private readonly StringBuilder _output = new();

    private OpenSslServer(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }

    public IPEndPoint EndPoint => new(IPAddress.Loopback, Port);

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="chain">Leaf first; the leaf's key is the server key.</param>
    /// <param name="options">s_server options after -accept/-cert/-key/-www, e.g. ["-no_tls1_3", "-cipher", "AES256-SHA"].</param>
    public static async Task<OpenSslServer> StartAsync(IReadOnlyList<IssuedCertificate> chain, IReadOnlyList<string> options)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(options);
        var directory = Path.Combine(Path.GetTempPath(), $"certwatch-s_server-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var cert = Path.Combine(directory, "chain.pem");
        var key = Path.Combine(directory, "key.pem");
        await File.WriteAllTextAsync(cert, string.Concat(chain.Select(c => c.Pem)));
        await File.WriteAllTextAsync(key, chain[0].Key.Algorithm.ExportPkcs8PrivateKeyPem() + "\n");
        for (var attempt = 1; ; attempt++)
        {
            // The free port can be taken between the probe and s_server's bind: try another one.
            var port = FreeLoopbackPort.Find();
            Process process;
            try
            {
                process = Launch(directory, ["s_server", "-accept", $"127.0.0.1:{port}", "-cert", cert, "-key", key, "-www", "-quiet", .. options]);
            }
            catch
            {
                DeleteDirectory(directory);
                throw;
            }

            var server = new OpenSslServer(process, directory, port);
            try
            {
                await server.WaitUntilAcceptingAsync();
                return server;
            }
            catch (InvalidOperationException) when (attempt < PortAttempts && server.Output.Contains("Address already in use", StringComparison.Ordinal))
            {
                await server.DisposeProcessAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeProcessAsync();
        DeleteDirectory(_directory);
    }

    private static void DeleteDirectory(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // a process that outlived its kill may hold a file: the OS temp cleaner takes it from here
        }
    }

    private async Task DisposeProcessAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            // already gone
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static Process Launch(string directory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("openssl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test process points OPENSSL_CONF at a security-level-0 config (OpenSslLegacyPolicy); the server must
        // run with the machine's defaults so that only its options (e.g. "-cipher ALL:@SECLEVEL=0") weaken it.
        start.Environment.Remove("OPENSSL_CONF");
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("openssl did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"cannot run 'openssl' ({e.Message}): install it (see test.sh)", e);
        }
    }

    private async Task WaitUntilAcceptingAsync()
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"openssl s_server exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var client = new TcpClient(AddressFamily.InterNetwork);
                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await client.ConnectAsync(IPAddress.Loopback, Port, attempt.Token);
                return;
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                if (watch.Elapsed > StartTimeout)
                {
                    throw new InvalidOperationException($"openssl s_server did not accept within {StartTimeout.TotalSeconds:0} s:\n{Output}", e);
                }

                await Task.Delay(20);
            }
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
