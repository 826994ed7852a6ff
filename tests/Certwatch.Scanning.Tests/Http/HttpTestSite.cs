using System.Net;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Http;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers.Http;

namespace Certwatch.Scanning.Tests.Http;

/// <summary>
/// A test site "example.test" on loopback: an HTTPS and a plain-HTTP scripted server sharing one PKI whose
/// leaf covers example.test, www.example.test and other.test, and options that trust its root.
/// </summary>
internal static class HttpTestSite
{
    public const string Host = "example.test";

    private static readonly Lazy<TestChain> SharedChain = new(() => TestPki.CreateChain(Host, TimeProvider.System.GetUtcNow(),
        leaf: s => s with { DnsNames = [Host, "www." + Host, "other.test"] }));

    public static TestChain Chain => SharedChain.Value;

    public static ScriptedHttpServer StartHttps(IReadOnlyDictionary<string, ScriptedResponse> routes, Func<ScriptedRequest, ScriptedResponse>? fallback = null) =>
        ScriptedHttpServer.Start(new ScriptedHttpServerOptions
        {
            Routes = routes,
            Fallback = fallback,
            Leaf = Chain.Leaf.Certificate,
            Chain = [Chain.Intermediate.Certificate],
        });

    public static ScriptedHttpServer StartPlain(IReadOnlyDictionary<string, ScriptedResponse> routes, Func<ScriptedRequest, ScriptedResponse>? fallback = null) =>
        ScriptedHttpServer.Start(new ScriptedHttpServerOptions { Routes = routes, Fallback = fallback });

    public static Target Target(int httpsPort, string host = Host) => new($"{host}:{httpsPort}", host, httpsPort, host, null, "https");

    public static HttpSecurityOptions Options(int? plainPort, NameMapResolver? resolver = null) => new()
    {
        PlainHttpPort = plainPort,
        TrustAnchors = [Chain.Root.PublicOnly()],
        Resolver = resolver,
        HopTimeout = TimeSpan.FromSeconds(5),
    };

    public static Task<HttpSecurityReport> ScanAsync(int httpsPort, HttpSecurityOptions options, string host = Host) =>
        HttpSecurityScanner.ScanAsync(Target(httpsPort, host), IPAddress.Loopback, options, CancellationToken.None);

    public static (string, string)[] PreloadableHeaders { get; } = [("Strict-Transport-Security", "max-age=63072000; includeSubDomains; preload")];

    public static Dictionary<string, ScriptedResponse> Root(ScriptedResponse response) => new() { ["/"] = response };

    public static string HttpsUrl(int port, string host = Host) => $"https://{host}:{port}/";
}
