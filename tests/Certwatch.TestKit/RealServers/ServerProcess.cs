using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Certwatch.TestKit.RealServers;

/// <summary>
/// A real server binary run as a child process: output captured, started only once its port accepts, and
/// killed (with its children) on dispose, even when the test failed.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    /// <summary>How long a server gets to accept its first connection.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
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

    /// <summary>Starts <paramref name="fileName"/>; fails with a clear message when the binary is not installed.</summary>
    public static ServerProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test process points OPENSSL_CONF at a security-level-0 config (OpenSslLegacyPolicy); a server must
        // run with the machine's defaults so that only its own configuration weakens it.
        start.Environment.Remove("OPENSSL_CONF");
        try
        {
            return new ServerProcess(Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start"));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"cannot run '{fileName}' ({e.Message}): install it (see test.sh)", e);
        }
    }

    /// <summary>Waits until <paramref name="connect"/> succeeds; throws with <paramref name="diagnostics"/> when the process dies or times out.</summary>
    public async Task WaitUntilAcceptingAsync(Func<CancellationToken, Task> connect, Func<string> diagnostics, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"server exited with code {_process.ExitCode} before accepting:\n{diagnostics()}");
            }

            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
                attempt.CancelAfter(TimeSpan.FromSeconds(1));
                await connect(attempt.Token);
                return;
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException && !ct.IsCancellationRequested)
            {
                if (watch.Elapsed > StartTimeout)
                {
                    throw new InvalidOperationException($"server did not accept within {StartTimeout.TotalSeconds:0} s:\n{diagnostics()}", e);
                }

                await Task.Delay(50, ct);
            }
        }
    }

    /// <summary>
    /// Writes the daemon's configuration in <paramref name="directory"/>, starts it there and waits until it
    /// accepts on every port. On any failure the process is killed and the directory deleted before the
    /// exception goes on, so a failed start leaves nothing behind.
    /// </summary>
    /// <param name="prepare">Writes the configuration and returns the file name and arguments to run.</param>
    public static async Task<ServerProcess> StartAcceptingAsync(
        ServerDirectory directory, Func<(string FileName, IReadOnlyList<string> Arguments)> prepare, IEnumerable<int> ports, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(prepare);
        ServerProcess? process = null;
        try
        {
            var (fileName, arguments) = prepare();
            process = Start(fileName, arguments, directory.Path);
            var started = process;
            foreach (var port in ports)
            {
                await process.WaitUntilAcceptingAsync(LoopbackConnect(port), () => started.Output, ct);
            }

            return process;
        }
        catch
        {
            if (process is not null)
            {
                await process.DisposeAsync();
            }

            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Starts a server whose ports are picked inside <paramref name="start"/>, again with new ports when it
    /// exits before accepting: the test assemblies run side by side, and another process can take a free port
    /// between our probe and the daemon's bind. Three attempts.
    /// </summary>
    public static async Task<T> WithFreshPortsAsync<T>(Func<Task<T>> start)
    {
        ArgumentNullException.ThrowIfNull(start);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await start();
            }
            catch (InvalidOperationException e) when (attempt < 3 && e.Message.StartsWith("server exited", StringComparison.Ordinal))
            {
                // pick new ports and try again
            }
        }
    }

    /// <summary>A connect to 127.0.0.1:<paramref name="port"/> that is closed at once.</summary>
    public static Func<CancellationToken, Task> LoopbackConnect(int port) => async ct =>
    {
        using var client = new TcpClient(AddressFamily.InterNetwork);
        await client.ConnectAsync(IPAddress.Loopback, port, ct);
    };

    public async ValueTask DisposeAsync()
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
            // Already gone, or not killable: nothing more a test can do.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
