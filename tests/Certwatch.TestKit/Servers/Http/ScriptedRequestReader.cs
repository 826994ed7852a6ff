using System.Text;

namespace Certwatch.TestKit.Servers.Http;

/// <summary>Reads one request head (at most 16 KiB) and picks out method, path and Host.</summary>
internal static class ScriptedRequestReader
{
    private const int MaxRequestBytes = 16 * 1024;

    public static async Task<ScriptedRequest?> ReadAsync(Stream stream, string? serverName, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxRequestBytes];
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            if (read == 0)
            {
                return null;
            }

            filled += read;
            if (buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8) >= 0)
            {
                return Parse(Encoding.Latin1.GetString(buffer, 0, filled), serverName);
            }
        }

        return null;
    }

    private static ScriptedRequest? Parse(string head, string? serverName)
    {
        var lines = head.Split("\r\n");
        var start = lines[0].Split(' ');
        if (start.Length < 3)
        {
            return null;
        }

        var host = lines.Skip(1).FirstOrDefault(l => l.StartsWith("Host:", StringComparison.OrdinalIgnoreCase))?[5..].Trim();
        return new ScriptedRequest(start[0], start[1], host, serverName);
    }
}
