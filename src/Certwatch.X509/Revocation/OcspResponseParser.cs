using System.Formats.Asn1;

namespace Certwatch.X509.Revocation;

/// <summary>
/// Parses an OCSPResponse (RFC 6960 §4.2.1) — from a responder or stapled in the handshake (RFC 6066 §8) —
/// into an <see cref="OcspResponse"/>. Hostile input gives false and a reason, never an exception.
/// Verification (signature, CertID, time window) is <see cref="OcspResponseValidator"/>'s job.
/// </summary>
public static class OcspResponseParser
{
    public const string BasicResponseOid = "1.3.6.1.5.5.7.48.1.1";
    private static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag Context1 = new(TagClass.ContextSpecific, 1, isConstructed: true);
    private static readonly Asn1Tag Context2 = new(TagClass.ContextSpecific, 2, isConstructed: true);

    public static bool TryParse(ReadOnlySpan<byte> der, out OcspResponse? response, out string? error)
    {
        response = null;
        error = null;
        try
        {
            response = Parse(der.ToArray());
            return true;
        }
        catch (Exception e) when (e is AsnContentException or ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            error = $"not a valid OCSP response: {e.Message}";
            return false;
        }
    }

    private static OcspResponse Parse(byte[] der)
    {
        var outer = new AsnReader(der, AsnEncodingRules.DER);
        var sequence = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        var status = (OcspResponseStatus)ReadSmallEnumerated(sequence);
        if (status != OcspResponseStatus.Successful)
        {
            return OcspResponse.Unsuccessful(status);
        }

        var bytes = sequence.ReadSequence(Context0).ReadSequence();
        var type = bytes.ReadObjectIdentifier();
        if (type != BasicResponseOid)
        {
            throw new InvalidOperationException($"response type {type} is not id-pkix-ocsp-basic");
        }

        return ParseBasic(bytes.ReadOctetString());
    }

    private static OcspResponse ParseBasic(byte[] basicDer)
    {
        var basic = new AsnReader(basicDer, AsnEncodingRules.DER).ReadSequence();
        var responseData = basic.ReadEncodedValue().ToArray();
        var algorithm = basic.ReadSequence().ReadObjectIdentifier();
        var signature = basic.ReadBitString(out _);
        var certificates = new List<byte[]>();
        if (basic.HasData && basic.PeekTag().HasSameClassAndValue(Context0))
        {
            var certs = basic.ReadSequence(Context0).ReadSequence();
            while (certs.HasData)
            {
                certificates.Add(certs.ReadEncodedValue().ToArray());
            }
        }

        var data = new AsnReader(responseData, AsnEncodingRules.DER).ReadSequence();
        if (data.PeekTag().HasSameClassAndValue(Context0))
        {
            data.ReadSequence(Context0); // version, v1 only
        }

        byte[]? keyHash = null;
        byte[]? name = null;
        if (data.PeekTag().HasSameClassAndValue(Context1))
        {
            name = data.ReadSequence(Context1).ReadEncodedValue().ToArray();
        }
        else
        {
            keyHash = data.ReadSequence(Context2).ReadOctetString();
        }

        var producedAt = data.ReadGeneralizedTime();
        var singles = new List<OcspSingleResponse>();
        var list = data.ReadSequence();
        while (list.HasData)
        {
            singles.Add(ReadSingle(list));
        }

        var nonce = data.HasData && data.PeekTag().HasSameClassAndValue(Context1) ? ReadNonce(data.ReadSequence(Context1)) : null;
        return new(OcspResponseStatus.Successful, responseData, algorithm, signature, certificates, keyHash, name, producedAt, singles, nonce);
    }

    private static OcspSingleResponse ReadSingle(AsnReader list)
    {
        var single = list.ReadSequence();
        var certId = OcspCertId.Read(single);
        var tag = single.PeekTag();
        RevocationStatus status;
        DateTimeOffset? revokedAt = null;
        string? reason = null;
        if (tag.TagClass == TagClass.ContextSpecific && tag.TagValue == 1)
        {
            var info = single.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 1, isConstructed: true));
            revokedAt = info.ReadGeneralizedTime();
            if (info.HasData)
            {
                reason = CrlReasonNames.Name(ReadSmallEnumerated(info.ReadSequence(Context0)));
            }

            status = RevocationStatus.Revoked;
        }
        else
        {
            single.ReadEncodedValue();
            status = tag.TagClass == TagClass.ContextSpecific && tag.TagValue == 0 ? RevocationStatus.Good : RevocationStatus.Unknown;
        }

        var thisUpdate = single.ReadGeneralizedTime();
        DateTimeOffset? nextUpdate = single.HasData && single.PeekTag().HasSameClassAndValue(Context0)
            ? single.ReadSequence(Context0).ReadGeneralizedTime()
            : null;
        return new(certId, status, revokedAt, reason, thisUpdate, nextUpdate);
    }

    private static byte[]? ReadNonce(AsnReader extensionsWrapper)
    {
        var extensions = extensionsWrapper.ReadSequence();
        while (extensions.HasData)
        {
            var extension = extensions.ReadSequence();
            var oid = extension.ReadObjectIdentifier();
            if (extension.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean))
            {
                extension.ReadBoolean();
            }

            var value = extension.ReadOctetString();
            if (oid == OcspRequestBuilder.NonceOid)
            {
                // RFC 8954: the extnValue holds an OCTET STRING; older responders put the raw bytes.
                try
                {
                    return new AsnReader(value, AsnEncodingRules.DER).ReadOctetString();
                }
                catch (AsnContentException)
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>An ENUMERATED of at most two bytes (responseStatus, CRLReason), read without an enum type.</summary>
    internal static int ReadSmallEnumerated(AsnReader reader)
    {
        var bytes = reader.ReadEnumeratedBytes().Span;
        if (bytes.Length is 0 or > 2)
        {
            throw new InvalidOperationException("ENUMERATED value out of range");
        }

        return bytes.Length == 1 ? bytes[0] : (bytes[0] << 8) | bytes[1];
    }
}
