using Certwatch.Scanning.Http;

namespace Certwatch.Scanning.Tests.Http;

/// <summary>Observatory HSTS and CORS rows (strict-transport-security.js, cors.js) on recorded hops.</summary>
public sealed class TransportTestsTests
{
    private static readonly HttpTlsFacts Trusted = new("Tls13", "TLS_AES_128_GCM_SHA256", true, null, false);

    [Theory]
    [InlineData(null, "hsts-not-implemented", -20)]
    [InlineData("max-age=15768000", "hsts-implemented-max-age-at-least-six-months", 0)]
    [InlineData("max-age=15767999", "hsts-implemented-max-age-less-than-six-months", -10)]
    [InlineData("max-age=0", "hsts-implemented-max-age-less-than-six-months", -10)]
    [InlineData("max-age=1y", "hsts-header-invalid", -20)]
    [InlineData("includeSubDomains", "hsts-header-invalid", -20)]
    public void Hsts_Header_GivesObservatoryOutcome(string? header, string outcome, int modifier)
    {
        var result = TransportTests.Hsts(Hop(Trusted), StrictTransportSecurityParser.Parse(header));

        result.Outcome.ShouldBe(outcome);
        result.Modifier.ShouldBe(modifier);
    }

    [Fact]
    public void Hsts_UntrustedCertificate_IsInvalidCert()
    {
        var result = TransportTests.Hsts(Hop(Trusted with { CertificateTrusted = false, CertificateProblem = "expired" }), StrictTransportSecurityParser.Parse("max-age=31536000"));

        result.Outcome.ShouldBe("hsts-invalid-cert");
        result.Modifier.ShouldBe(-20);
    }

    [Theory]
    [InlineData(null, null, "cross-origin-resource-sharing-not-implemented", 0)]
    [InlineData("*", null, "cross-origin-resource-sharing-implemented-with-public-access", 0)]
    [InlineData("https://partner.example", "true", "cross-origin-resource-sharing-implemented-with-restricted-access", 0)]
    [InlineData("https://probe.invalid", "false", "cross-origin-resource-sharing-implemented-with-restricted-access", 0)]
    [InlineData("https://probe.invalid", "true", "cross-origin-resource-sharing-implemented-with-universal-access", -50)]
    public void Cors_Headers_GiveObservatoryOutcome(string? origin, string? credentials, string outcome, int modifier)
    {
        List<HttpHeaderField> headers = [];
        if (origin is not null)
        {
            headers.Add(new("Access-Control-Allow-Origin", origin));
        }

        if (credentials is not null)
        {
            headers.Add(new("Access-Control-Allow-Credentials", credentials));
        }

        var result = TransportTests.Cors(Hop(Trusted) with { Headers = headers }, "https://probe.invalid");

        result.Outcome.ShouldBe(outcome);
        result.Modifier.ShouldBe(modifier);
    }

    private static HttpHop Hop(HttpTlsFacts tls) => new("https://example.com/", "127.0.0.1", 200, null, null, [], TimeSpan.Zero, HttpHopError.None, null, tls);
}
