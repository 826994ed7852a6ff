using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>Records a probe writes after the server's first flight.</summary>
internal static class FollowUpRecords
{
    /// <summary>A record of <paramref name="type"/> with the given fragment (RFC 5246 §6.2.1).</summary>
    public static byte[] Record(ContentType type, ProtocolVersion version, ReadOnlySpan<byte> fragment) =>
        [type.Value, version.Major, version.Minor, (byte)(fragment.Length >> 8), (byte)fragment.Length, .. fragment];

    /// <summary>
    /// A heartbeat_request (RFC 6520 §4) whose payload_length claims <paramref name="claimed"/> bytes while
    /// only <paramref name="payload"/> follow, and no padding: a conforming server must discard it silently.
    /// </summary>
    public static byte[] OverlongHeartbeat(ProtocolVersion version, ReadOnlySpan<byte> payload, int claimed) =>
        Record(ContentType.Heartbeat, version, [1, (byte)(claimed >> 8), (byte)claimed, .. payload]);

    /// <summary>A warning close_notify (RFC 5246 §7.2.1): makes the server end the connection, so silence need not be waited out.</summary>
    public static byte[] CloseNotify(ProtocolVersion version) => Record(ContentType.Alert, version, [1, 0]);

    /// <summary>ChangeCipherSpec (RFC 5246 §7.1): one byte, 1.</summary>
    public static byte[] ChangeCipherSpec(ProtocolVersion version) => Record(ContentType.ChangeCipherSpec, version, [1]);
}
