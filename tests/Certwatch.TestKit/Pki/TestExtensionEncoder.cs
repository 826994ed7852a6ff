using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;

namespace Certwatch.TestKit.Pki;

/// <summary>DER encodings of the extensions .NET has no type for.</summary>
internal static class TestExtensionEncoder
{
    /// <summary>certificatePolicies (RFC 5280 §4.2.1.4) with bare policy OIDs, no qualifiers.</summary>
    public static X509Extension Policies(IEnumerable<string> oids)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            foreach (var oid in oids)
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(oid);
                }
            }
        }

        return new X509Extension("2.5.29.32", writer.Encode(), critical: false);
    }

    /// <summary>TLS Feature (RFC 7633 §6) listing status_request (5): OCSP must-staple.</summary>
    public static X509Extension MustStaple()
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(5);
        }

        return new X509Extension(TestOids.TlsFeature, writer.Encode(), critical: false);
    }

    /// <summary>
    /// An embedded SignedCertificateTimestampList (RFC 6962 §3.3): an OCTET STRING holding the
    /// TLS-encoded list. The SCTs are well-formed but their signatures are dummies.
    /// </summary>
    public static X509Extension SctList(int count)
    {
        var scts = new List<byte>();
        for (var i = 0; i < count; i++)
        {
            var sct = DummySct(i);
            scts.Add((byte)(sct.Length >> 8));
            scts.Add((byte)sct.Length);
            scts.AddRange(sct);
        }

        byte[] list = [(byte)(scts.Count >> 8), (byte)scts.Count, .. scts];
        var writer = new AsnWriter(AsnEncodingRules.DER);
        writer.WriteOctetString(list);
        return new X509Extension(TestOids.SctList, writer.Encode(), critical: false);
    }

    private static byte[] DummySct(int index)
    {
        var sct = new List<byte> { 0 }; // version v1
        sct.AddRange(Enumerable.Repeat((byte)(index + 1), 32)); // log id
        sct.AddRange(BitConverter.GetBytes(1_700_000_000_000L + index).Reverse()); // timestamp, ms
        sct.AddRange([0, 0]); // no extensions
        sct.AddRange([4, 3]); // sha256, ecdsa
        sct.AddRange([0, 8]);
        sct.AddRange(Enumerable.Repeat((byte)0xAB, 8));
        return [.. sct];
    }
}
