using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// Reads a TLS ≤ 1.2 CertificateStatus message (RFC 6066 §8):
/// <c>CertificateStatusType status_type = ocsp(1); opaque OCSPResponse&lt;1..2^24-1&gt;</c>.
/// </summary>
internal static class OcspStaple
{
    public static OcspStapleFacts Read(ServerFlight flight, ProtocolVersion version)
    {
        var body = flight.Find(HandshakeType.CertificateStatus)?.Body;
        if (body is not { } status)
        {
            return new OcspStapleFacts(false, null, version);
        }

        var span = status.Span;
        var length = span.Length >= 4 ? (span[1] << 16) | (span[2] << 8) | span[3] : -1;
        var response = span.Length >= 4 && span[0] == 1 && length == span.Length - 4 && length > 0 ? status[4..] : (ReadOnlyMemory<byte>?)null;
        return new OcspStapleFacts(true, response, version);
    }
}
