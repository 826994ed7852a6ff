using System.Globalization;
using System.Text;

namespace Certwatch.TestKit.Servers.Http;

/// <summary>Writes a scripted response, or misbehaves as scripted. Write failures (the client hung up) end the connection quietly.</summary>
internal static class ScriptedResponseWriter
{
    public static async Task WriteAsync(Stream stream, ScriptedResponse response, CancellationToken stopping)
    {
        switch (response.Behavior)
        {
            case ScriptedBehavior.Stall:
                await Task.Delay(Timeout.Infinite, stopping);
                break;
            case ScriptedBehavior.CloseImmediately:
                break;
            case ScriptedBehavior.Garbage:
                await stream.WriteAsync("\x16\x03\x01\x00\x02\x02\x28 this is not HTTP at all\r\n\r\n"u8.ToArray(), stopping);
                break;
            case ScriptedBehavior.HugeHeaderLine:
                await WriteHugeLineAsync(stream, stopping);
                break;
            case ScriptedBehavior.EndlessHeaders:
                await WriteManyFieldsAsync(stream, stopping);
                break;
            case ScriptedBehavior.Trickle:
                foreach (var b in Head(response))
                {
                    await stream.WriteAsync(new[] { b }, stopping);
                    await Task.Delay(200, stopping);
                }

                break;
            default:
                await stream.WriteAsync(Head(response).Concat(Encoding.UTF8.GetBytes(response.Body)).ToArray(), stopping);
                break;
        }
    }

    private static byte[] Head(ScriptedResponse response)
    {
        var head = new StringBuilder().Append("HTTP/1.1 ").Append(response.Status.ToString(CultureInfo.InvariantCulture)).Append(" Scripted\r\n");
        foreach (var (name, value) in response.Headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(Encoding.UTF8.GetByteCount(response.Body).ToString(CultureInfo.InvariantCulture))
            .Append("\r\nConnection: close\r\n\r\n");
        return Encoding.Latin1.GetBytes(head.ToString());
    }

    private static async Task WriteHugeLineAsync(Stream stream, CancellationToken stopping)
    {
        await stream.WriteAsync("HTTP/1.1 200 OK\r\nX-Huge: "u8.ToArray(), stopping);
        var chunk = Enumerable.Repeat((byte)'a', 64 * 1024).ToArray();
        for (var sent = 0; sent < 1024 * 1024; sent += chunk.Length)
        {
            await stream.WriteAsync(chunk, stopping);
        }

        await stream.WriteAsync("\r\n\r\n"u8.ToArray(), stopping);
    }

    private static async Task WriteManyFieldsAsync(Stream stream, CancellationToken stopping)
    {
        await stream.WriteAsync("HTTP/1.1 200 OK\r\n"u8.ToArray(), stopping);
        for (var i = 0; i < 10_000; i++)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"X-F{i}: v\r\n"), stopping);
        }

        await stream.WriteAsync("\r\n"u8.ToArray(), stopping);
    }
}
