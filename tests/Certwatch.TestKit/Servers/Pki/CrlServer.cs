using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Certwatch.TestKit.Pki;

namespace Certwatch.TestKit.Servers.Pki;

/// <summary>
/// A loopback CRL distribution point for one CA: a CRL built with .NET's CertificateRevocationListBuilder and
/// signed by the CA (RFC 5280 §5), listing the certificates revoked through <see cref="Revoke"/>. Can stall.
/// </summary>
public sealed class CrlServer : IAsyncDisposable
{
    private readonly CertificateRevocationListBuilder _builder = new();
    private readonly IssuedCertificate _issuer;
    private readonly Func<DateTimeOffset> _clock;
    private readonly LoopbackHttpServer _server;

    public CrlServer(IssuedCertificate issuer, Func<DateTimeOffset> clock)
    {
        _issuer = issuer;
        _clock = clock;
        _server = new LoopbackHttpServer(Handle);
    }

    public string Url => _server.Url("ca.crl");

    public bool Stall { get; set; }

    public int RequestCount => _server.RequestCount;

    public void Revoke(IssuedCertificate certificate, DateTimeOffset when, X509RevocationReason reason) =>
        _builder.AddEntry(certificate.Certificate.SerialNumberBytes.Span, when, reason);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private PkiHttpResponse Handle(PkiHttpRequest request)
    {
        if (Stall)
        {
            return PkiHttpResponse.Stalled;
        }

        var now = _clock();
        var crl = _builder.Build(_issuer.Certificate, BigInteger.One, now.AddDays(7), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, now.AddHours(-1));
        return PkiHttpResponse.Ok("application/pkix-crl", crl);
    }
}
