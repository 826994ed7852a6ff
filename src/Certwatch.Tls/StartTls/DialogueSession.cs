using System.Text;
using Certwatch.Core.Targets;

namespace Certwatch.Tls.StartTls;

/// <summary>
/// The plain-text side of one STARTTLS dialogue: bounded line reads (8 KiB a line, 64 lines a reply), each
/// reply within the step timeout, writes, and what was learnt so far. A failed read returns null and leaves
/// the reason in <see cref="Failed"/>; only the caller's cancellation throws.
/// </summary>
internal sealed class DialogueSession(Stream stream, StartTlsProtocol protocol, TimeSpan stepTimeout, CancellationToken cancellationToken)
{
    public const int MaxLineBytes = 8 * 1024;
    public const int MaxReplyLines = 64;
    private const int MaxShownChars = 200;

    private readonly byte[] _buffer = new byte[MaxLineBytes];
    private int _count;
    private (StartTlsOutcome Outcome, string Detail) _failure = (StartTlsOutcome.ProtocolError, "no reply");

    public string? Banner { get; set; }

    public List<string> Capabilities { get; } = [];

    public bool PlaintextAuth { get; set; }

    public StartTlsProtocol Protocol => protocol;

    /// <summary>Reads lines until <paramref name="isLast"/> (line, index) says the reply is complete.</summary>
    public async Task<IReadOnlyList<string>?> ReadReplyAsync(string waitingFor, Func<string, int, bool> isLast)
    {
        using var step = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        step.CancelAfter(stepTimeout);
        var lines = new List<string>();
        while (lines.Count < MaxReplyLines)
        {
            var line = await ReadLineAsync(waitingFor, lines, step.Token);
            if (line is null)
            {
                return null;
            }

            lines.Add(line);
            if (isLast(line, lines.Count - 1))
            {
                return lines;
            }
        }

        return Fail(StartTlsOutcome.ProtocolError, $"more than {MaxReplyLines} lines in the {waitingFor} (first: '{Shown(lines[0])}')");
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes (binary protocols), within one step.</summary>
    public async Task<byte[]?> ReadBytesAsync(string waitingFor, int count)
    {
        using var step = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        step.CancelAfter(stepTimeout);
        var result = new byte[count];
        var filled = 0;
        try
        {
            while (filled < count)
            {
                var read = await stream.ReadAsync(result.AsMemory(filled), step.Token);
                if (read == 0)
                {
                    return Fail<byte[]>(StartTlsOutcome.ProtocolError, $"the server closed the connection while Certwatch waited for the {waitingFor}");
                }

                filled += read;
            }

            return result;
        }
        catch (Exception e) when (IsServerFailure(e))
        {
            return Failure<byte[]>(e, waitingFor);
        }
    }

    /// <summary>Reads text (no line structure, e.g. XML) until <paramref name="isComplete"/> holds, within one step and <paramref name="maxBytes"/>.</summary>
    public async Task<string?> ReadTextAsync(string waitingFor, Func<string, bool> isComplete, int maxBytes)
    {
        using var step = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        step.CancelAfter(stepTimeout);
        var text = new StringBuilder();
        var chunk = new byte[4096];
        try
        {
            while (text.Length < maxBytes)
            {
                var read = await stream.ReadAsync(chunk, step.Token);
                if (read == 0)
                {
                    return Fail<string>(StartTlsOutcome.ProtocolError, $"the server closed the connection while Certwatch waited for the {waitingFor}");
                }

                text.Append(Encoding.UTF8.GetString(chunk, 0, read));
                if (isComplete(text.ToString()))
                {
                    return text.ToString();
                }
            }

            return Fail<string>(StartTlsOutcome.ProtocolError, $"more than {maxBytes / 1024} KiB without the {waitingFor}");
        }
        catch (Exception e) when (IsServerFailure(e))
        {
            return Failure<string>(e, waitingFor);
        }
    }

    public async Task<bool> WriteAsync(string line) => await WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"));

    public async Task<bool> WriteAsync(byte[] bytes)
    {
        using var step = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        step.CancelAfter(stepTimeout);
        try
        {
            await stream.WriteAsync(bytes, step.Token);
            await stream.FlushAsync(step.Token);
            return true;
        }
        catch (Exception e) when (IsServerFailure(e))
        {
            Failure<object>(e, "write");
            return false;
        }
    }

    public StartTlsResult Result(StartTlsOutcome outcome, string? detail = null) =>
        new(protocol, outcome, Banner, [.. Capabilities], PlaintextAuth, detail);

    public StartTlsResult Failed() => Result(_failure.Outcome, _failure.Detail);

    public T? Fail<T>(StartTlsOutcome outcome, string detail)
        where T : class
    {
        _failure = (outcome, detail);
        return null;
    }

    /// <summary>A line for humans: control characters shown as '?', at most 200 characters.</summary>
    public static string Shown(string line)
    {
        var text = new StringBuilder(Math.Min(line.Length, MaxShownChars));
        foreach (var c in line.Take(MaxShownChars))
        {
            text.Append(c is >= ' ' and < '\u007f' ? c : '?');
        }

        return line.Length > MaxShownChars ? text + "…" : text.ToString();
    }

    public static string Joined(IReadOnlyList<string> lines) => string.Join(" | ", lines.Select(Shown));

    private IReadOnlyList<string>? Fail(StartTlsOutcome outcome, string detail) => Fail<IReadOnlyList<string>>(outcome, detail);

    private async Task<string?> ReadLineAsync(string waitingFor, List<string> sofar, CancellationToken step)
    {
        try
        {
            while (true)
            {
                var newline = Array.IndexOf(_buffer, (byte)'\n', 0, _count);
                if (newline >= 0)
                {
                    var line = Encoding.Latin1.GetString(_buffer, 0, newline).TrimEnd('\r');
                    Buffer.BlockCopy(_buffer, newline + 1, _buffer, 0, _count - newline - 1);
                    _count -= newline + 1;
                    return line;
                }

                if (_count == _buffer.Length)
                {
                    return Fail<string>(StartTlsOutcome.ProtocolError,
                        $"a line longer than {MaxLineBytes / 1024} KiB in the {waitingFor} (starts '{Shown(Encoding.Latin1.GetString(_buffer, 0, 40))}')");
                }

                var read = await stream.ReadAsync(_buffer.AsMemory(_count), step);
                if (read == 0)
                {
                    var received = sofar.Count == 0 && _count == 0 ? "" : $" after '{Shown(sofar.Count > 0 ? sofar[^1] : Encoding.Latin1.GetString(_buffer, 0, _count))}'";
                    return Fail<string>(StartTlsOutcome.ProtocolError, $"the server closed the connection while Certwatch waited for the {waitingFor}{received}");
                }

                _count += read;
            }
        }
        catch (Exception e) when (IsServerFailure(e))
        {
            return Failure<string>(e, waitingFor);
        }
    }

    private T? Failure<T>(Exception e, string waitingFor)
        where T : class => e is OperationCanceledException
        ? Fail<T>(StartTlsOutcome.Timeout, $"no complete {waitingFor} within {Handshake.Durations.Describe(stepTimeout)}")
        : Fail<T>(StartTlsOutcome.ProtocolError, $"the connection failed while Certwatch waited for the {waitingFor}: {e.Message}");

    private bool IsServerFailure(Exception e) =>
        !cancellationToken.IsCancellationRequested && e is OperationCanceledException or IOException or System.Net.Sockets.SocketException or ObjectDisposedException;
}
