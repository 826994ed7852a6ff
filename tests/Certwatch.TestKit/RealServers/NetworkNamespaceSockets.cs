using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Certwatch.TestKit.RealServers;

/// <summary>
/// Makes sockets inside another process's private network namespace. A socket belongs to the namespace of
/// the thread that created it (setns(2), network_namespaces(7)), so one dedicated thread joins the namespace,
/// brings its loopback up and creates every socket; they are then used from anywhere. Linux, root only.
/// </summary>
internal sealed partial class NetworkNamespaceSockets : IDisposable
{
    private const int CloneNewNet = 0x40000000;
    private const ulong GetInterfaceFlags = 0x8913; // SIOCGIFFLAGS
    private const ulong SetInterfaceFlags = 0x8914; // SIOCSIFFLAGS
    private const short InterfaceUp = 0x1;

    private readonly BlockingCollection<TaskCompletionSource<Socket>> _requests = new();
    private readonly TaskCompletionSource _joined = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NetworkNamespaceSockets(string namespacePath)
    {
        var thread = new Thread(() => Run(namespacePath)) { IsBackground = true, Name = "netns sockets" };
        thread.Start();
    }

    /// <summary>Joins the network namespace of <paramref name="processId"/> once it has left ours.</summary>
    public static async Task<NetworkNamespaceSockets> JoinAsync(ServerProcess process, Func<string> diagnostics, CancellationToken ct)
    {
        var processId = process.Id;
        var path = $"/proc/{processId}/ns/net";
        var ours = new FileInfo("/proc/self/ns/net").LinkTarget;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ServerProcess.StartTimeout);
        while (new FileInfo(path).LinkTarget is var theirs && (theirs is null || theirs == ours))
        {
            // unshare(1) runs unshare(2) and then execs the server in the same process: wait for the first step.
            if (process.HasExited)
            {
                throw new InvalidOperationException($"server exited before entering its network namespace:\n{diagnostics()}");
            }

            await Task.Delay(10, timeout.Token);
        }

        var sockets = new NetworkNamespaceSockets(path);
        try
        {
            await sockets._joined.Task.WaitAsync(timeout.Token);
            return sockets;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // The server may exit between the check above and opening its namespace (a bad argument).
            sockets.Dispose();
            throw new InvalidOperationException($"cannot join the server's network namespace ({e.Message}; it exited, or this is not root):\n{diagnostics()}", e);
        }
    }

    /// <summary>A new IPv4 TCP socket in the namespace, not yet connected.</summary>
    public Task<Socket> CreateTcpSocketAsync()
    {
        var request = new TaskCompletionSource<Socket>(TaskCreationOptions.RunContinuationsAsynchronously);
        _requests.Add(request);
        return request.Task;
    }

    public void Dispose() => _requests.CompleteAdding();

    private void Run(string namespacePath)
    {
        try
        {
            using (var handle = File.OpenHandle(namespacePath))
            {
                if (SetNamespace((int)handle.DangerousGetHandle(), CloneNewNet) != 0)
                {
                    throw new InvalidOperationException($"setns({namespacePath}) failed: errno {Marshal.GetLastPInvokeError()} (needs root)");
                }
            }

            BringLoopbackUp();
            _joined.SetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or SocketException)
        {
            _joined.SetException(e);
            return;
        }

        foreach (var request in _requests.GetConsumingEnumerable())
        {
            request.SetResult(new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp));
        }
    }

    private static void BringLoopbackUp()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        var request = new byte[40]; // struct ifreq: char ifr_name[16], then short ifr_flags
        "lo"u8.CopyTo(request);
        var fd = (int)socket.Handle;
        if (Ioctl(fd, GetInterfaceFlags, request) != 0)
        {
            throw new InvalidOperationException($"SIOCGIFFLAGS lo failed: errno {Marshal.GetLastPInvokeError()}");
        }

        var flags = (short)(BitConverter.ToInt16(request, 16) | InterfaceUp);
        BitConverter.TryWriteBytes(request.AsSpan(16), flags);
        if (Ioctl(fd, SetInterfaceFlags, request) != 0)
        {
            throw new InvalidOperationException($"SIOCSIFFLAGS lo failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [LibraryImport("libc", EntryPoint = "setns", SetLastError = true)]
    private static partial int SetNamespace(int fd, int nsType);

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    private static partial int Ioctl(int fd, ulong request, [In, Out] byte[] argument);
}
