using System.Text;

namespace Certwatch.TestKit.Servers.StartTls;

/// <summary>The server side of a plain-text dialogue: bounded reads of the client's lines and bytes, writes, stalls.</summary>
internal sealed class ScriptedConnection(Stream stream, CancellationToken stopping)
{
    private const int MaxLine = 4096;

    public Stream Stream => stream;

    /// <summary>The client's next line without CRLF; null when the client closed or the line is too long.</summary>
    public async Task<string?> ReadLineAsync()
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (line.Length < MaxLine)
        {
            if (await stream.ReadAsync(one, stopping) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }

        return null;
    }

    /// <summary>Reads until the text received so far ends with <paramref name="marker"/> (XMPP has no lines).</summary>
    public async Task<string?> ReadUntilAsync(string marker)
    {
        var text = new StringBuilder();
        var one = new byte[1];
        while (text.Length < MaxLine * 4)
        {
            if (await stream.ReadAsync(one, stopping) == 0)
            {
                return null;
            }

            text.Append((char)one[0]);
            if (text.ToString().EndsWith(marker, StringComparison.Ordinal))
            {
                return text.ToString();
            }
        }

        return null;
    }

    public async Task<byte[]?> ReadBytesAsync(int count)
    {
        var buffer = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), stopping);
            if (read == 0)
            {
                return null;
            }

            filled += read;
        }

        return buffer;
    }

    public async Task WriteAsync(string text)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(text), stopping);
        await stream.FlushAsync(stopping);
    }

    public async Task WriteAsync(byte[] bytes)
    {
        await stream.WriteAsync(bytes, stopping);
        await stream.FlushAsync(stopping);
    }

    /// <summary>Answers nothing until the lab server stops.</summary>
    public async Task<bool> StallAsync()
    {
        await Task.Delay(Timeout.Infinite, stopping);
        return false;
    }

    /// <summary>Writes <paramref name="line"/> again and again until the client goes away (bounded, so it always ends).</summary>
    public async Task<bool> RepeatAsync(string line)
    {
        for (var i = 0; i < 1_000_000 && !stopping.IsCancellationRequested; i++)
        {
            await WriteAsync(line);
        }

        return false;
    }

    /// <summary>One line of 100 KiB without a line end, then silence.</summary>
    public async Task<bool> OverlongLineAsync(string prefix)
    {
        await WriteAsync(prefix + new string('x', 100 * 1024));
        return await StallAsync();
    }
}
