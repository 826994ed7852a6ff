using System.Collections.Concurrent;
using System.Formats.Asn1;
using Certwatch.TestKit.Pki;

namespace Certwatch.TestKit.Servers.Pki;

/// <summary>
/// A loopback caIssuers server: serves certificates at paths as DER ("application/pkix-cert") or as a
/// certs-only PKCS#7 ("application/pkcs7-mime", RFC 5280 §4.2.2.1), counts requests, and can stall,
/// serve garbage or a huge body.
/// </summary>
public sealed class AiaServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, PkiHttpResponse> _files = new(StringComparer.Ordinal);
    private readonly LoopbackHttpServer _server;

    public AiaServer()
    {
        _server = new LoopbackHttpServer(Handle);
    }

    public AiaServerMode Mode { get; set; } = AiaServerMode.Normal;

    public int RequestCount => _server.RequestCount;

    /// <summary>Serves <paramref name="certificates"/> at <paramref name="path"/>; returns the URL to put in caIssuers.</summary>
    public string Serve(string path, bool asPkcs7, params IssuedCertificate[] certificates)
    {
        var body = asPkcs7 ? Pkcs7(certificates) : certificates[0].Der;
        _files[Normalize(path)] = PkiHttpResponse.Ok(asPkcs7 ? "application/pkcs7-mime" : "application/pkix-cert", body);
        return _server.Url(path);
    }

    public string Url(string path) => _server.Url(path);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    /// <summary>A degenerate certs-only SignedData (RFC 5652 §5.1; what CAs serve as .p7c).</summary>
    public static byte[] Pkcs7(IEnumerable<IssuedCertificate> certificates)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier("1.2.840.113549.1.7.2");
            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
            using (writer.PushSequence())
            {
                writer.WriteInteger(1);
                using (writer.PushSetOf())
                {
                }

                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier("1.2.840.113549.1.7.1");
                }

                using (writer.PushSetOf(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
                {
                    foreach (var certificate in certificates)
                    {
                        writer.WriteEncodedValue(certificate.Der);
                    }
                }

                using (writer.PushSetOf())
                {
                }
            }
        }

        return writer.Encode();
    }

    private PkiHttpResponse Handle(PkiHttpRequest request) => Mode switch
    {
        AiaServerMode.Stall => PkiHttpResponse.Stalled,
        AiaServerMode.Garbage => PkiHttpResponse.Ok("application/pkix-cert", "this is not a certificate"u8.ToArray()),
        AiaServerMode.Huge => PkiHttpResponse.Ok("application/pkix-cert", new byte[1024 * 1024]),
        _ => _files.TryGetValue(Normalize(request.Path), out var file) ? file : PkiHttpResponse.NotFound,
    };

    private static string Normalize(string path) => "/" + path.TrimStart('/');
}
