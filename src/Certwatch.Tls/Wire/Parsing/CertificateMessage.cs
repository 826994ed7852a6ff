using System.Diagnostics.CodeAnalysis;

namespace Certwatch.Tls.Wire;

/// <summary>
/// A TLS 1.2-and-older Certificate message (RFC 5246 §7.4.2): the DER certificates exactly as the server sent them,
/// leaf first, order and duplicates kept — the chain a scanner judges.
/// </summary>
public sealed record CertificateMessage(IReadOnlyList<ReadOnlyMemory<byte>> Certificates)
{
    /// <summary>Reads <c>ASN.1Cert certificate_list&lt;0..2^24-1&gt;</c>, each <c>opaque ASN.1Cert&lt;1..2^24-1&gt;</c>.</summary>
    public static bool TryParse(ReadOnlySpan<byte> body, [NotNullWhen(true)] out CertificateMessage? message, out InvalidMessage error)
    {
        message = null;
        var outer = new WireReader(body);
        if (!outer.TryReadVector24(out var list))
        {
            error = InvalidMessage.MessageTooShort;
            return false;
        }

        if (!outer.IsEmpty)
        {
            error = InvalidMessage.TrailingData;
            return false;
        }

        if (!TryReadCertificates(list, out var certificates, out error))
        {
            return false;
        }

        message = new CertificateMessage(certificates);
        return true;
    }

    private static bool TryReadCertificates(ReadOnlySpan<byte> list, out List<ReadOnlyMemory<byte>> certificates, out InvalidMessage error)
    {
        certificates = [];
        var reader = new WireReader(list);
        while (!reader.IsEmpty)
        {
            // each pass consumes at least the 3-byte length
            if (!reader.TryReadVector24(out var der))
            {
                error = InvalidMessage.LengthMismatch;
                return false;
            }

            if (der.IsEmpty)
            {
                error = InvalidMessage.EmptyVector;
                return false;
            }

            certificates.Add(der.ToArray());
        }

        error = InvalidMessage.None;
        return true;
    }
}
