using System.Collections.Concurrent;
using System.Formats.Asn1;
using Certwatch.TestKit.Pki;

namespace Certwatch.TestKit.Servers.Pki;

/// <summary>
/// A loopback OCSP responder for one issuing CA: answers POSTed (or GET, RFC 6960 Appendix A.1) requests with
/// good / revoked / unknown per serial, signed by the issuer or a delegated responder certificate; can stall,
/// answer tryLater, garbage, or sign with a wrong key. Echoes the nonce.
/// </summary>
public sealed class OcspResponder : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (OcspCertStatus Status, int? Reason)> _statuses = new(StringComparer.OrdinalIgnoreCase);
    private readonly IssuedCertificate _issuer;
    private readonly Func<DateTimeOffset> _clock;
    private readonly LoopbackHttpServer _server;

    public OcspResponder(IssuedCertificate issuer, Func<DateTimeOffset> clock)
    {
        _issuer = issuer;
        _clock = clock;
        _server = new LoopbackHttpServer(Handle);
    }

    public string Url => _server.Url("ocsp");

    public OcspResponderMode Mode { get; set; } = OcspResponderMode.Normal;

    /// <summary>A delegated responder (issued by the CA with id-kp-OCSPSigning); null signs with the issuer's key.</summary>
    public IssuedCertificate? DelegatedSigner { get; set; }

    public IssuedCertificate? WrongSigner { get; set; }

    public int RequestCount => _server.RequestCount;

    public void SetStatus(IssuedCertificate certificate, OcspCertStatus status, int? reason = null) =>
        _statuses[Convert.ToHexString(certificate.Certificate.SerialNumberBytes.Span)] = (status, reason);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private PkiHttpResponse Handle(PkiHttpRequest request)
    {
        switch (Mode)
        {
            case OcspResponderMode.Stall:
                return PkiHttpResponse.Stalled;
            case OcspResponderMode.TryLater:
                return PkiHttpResponse.Ok("application/ocsp-response", OcspResponseWriter.Unsuccessful(3));
            case OcspResponderMode.Garbage:
                return PkiHttpResponse.Ok("application/ocsp-response", "garbage"u8.ToArray());
        }

        var body = request.Method == "GET" ? Convert.FromBase64String(request.Path.TrimStart('/')[(request.Path.TrimStart('/').IndexOf('/') + 1)..]) : request.Body;
        var (certId, serial, nonce) = ReadRequest(body);
        var (status, reason) = _statuses.TryGetValue(serial, out var known) ? known : (OcspCertStatus.Good, null);
        var signer = Mode == OcspResponderMode.WrongSigner ? WrongSigner ?? DelegatedSigner ?? _issuer : DelegatedSigner ?? _issuer;
        var response = OcspResponseWriter.Successful(certId, status, _clock(), signer, includeSigner: signer != _issuer, reason: reason, nonce: nonce);
        return PkiHttpResponse.Ok("application/ocsp-response", response);
    }

    // OCSPRequest → TBSRequest → requestList → first Request → CertID; nonce from requestExtensions [2].
    private static (byte[] CertId, string Serial, byte[]? Nonce) ReadRequest(byte[] der)
    {
        var tbs = new AsnReader(der, AsnEncodingRules.DER).ReadSequence().ReadSequence();
        var certId = tbs.ReadSequence().ReadSequence().ReadEncodedValue().ToArray();
        var fields = new AsnReader(certId, AsnEncodingRules.DER).ReadSequence();
        fields.ReadSequence();
        fields.ReadOctetString();
        fields.ReadOctetString();
        var serial = Convert.ToHexString(fields.ReadIntegerBytes().Span);
        byte[]? nonce = null;
        if (tbs.HasData)
        {
            var extension = tbs.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 2, isConstructed: true)).ReadSequence().ReadSequence();
            extension.ReadObjectIdentifier();
            nonce = new AsnReader(extension.ReadOctetString(), AsnEncodingRules.DER).ReadOctetString();
        }

        return (certId, serial, nonce);
    }
}
