using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Certwatch.Cli.Tests.Fixtures;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.Servers;
using Certwatch.TestKit.Servers.Pki;

namespace Certwatch.Cli.Tests.Revocation;

/// <summary>
/// <c>check --aia / --no-fetch / --no-revocation / --trust-store / --intermediates</c> end to end: a real TLS
/// server that omits its intermediate, a loopback AIA server, OCSP responder and CRL server; temp files only.
/// </summary>
public sealed class CheckChainSourceOptionsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = TimeProvider.System.GetUtcNow();
    private readonly TestChain _chain = TestPki.CreateChain("localhost", Now, intermediate: s => s with { Subject = "CN=Lab Issuing CA" });
    private readonly AiaServer _aia = new();
    private string _directory = "";
    private string _rootFile = "";

    public Task InitializeAsync()
    {
        _directory = Directory.CreateTempSubdirectory("certwatch-aia-cli-").FullName;
        _rootFile = Path.Combine(_directory, "root.pem");
        File.WriteAllText(_rootFile, _chain.Root.Pem);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _aia.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Check_IncompleteChainWithAiaServer_OutcomeLineShowsEachClientsOwnResult()
    {
        var url = _aia.Serve("int.der", asPkcs7: false, _chain.Intermediate);
        await using var server = Serve(Leaf(s => s with { CaIssuersUrls = [url] }), sendIntermediate: false);

        var run = await Check(server, "--ca-file", _rootFile, "--intermediates", Intermediates());

        run.Out.ShouldContain($"outcome: Chrome: OK (completed the chain via AIA from {url}) · Firefox: SEC_ERROR_UNKNOWN_ISSUER (intermediate 'Lab Issuing CA' not sent)");
        run.Out.ShouldContain("curl: unable to get local issuer certificate");
        _aia.RequestCount.ShouldBe(1);
    }

    [Fact]
    public async Task Check_SecondRunWithIntermediatesFile_FirefoxUsesTheIntermediateSeenBefore()
    {
        var url = _aia.Serve("int2.der", asPkcs7: true, _chain.Intermediate);
        var intermediates = Intermediates();
        await using var server = Serve(Leaf(s => s with { CaIssuersUrls = [url] }), sendIntermediate: false);

        await Check(server, "--ca-file", _rootFile, "--intermediates", intermediates);
        var second = await Check(server, "--ca-file", _rootFile, "--intermediates", intermediates);

        File.ReadAllText(intermediates).ShouldContain("CN=Lab Issuing CA");
        second.Out.ShouldContain("Firefox: OK (completed the chain with the preloaded intermediate 'Lab Issuing CA')");
    }

    [Fact]
    public async Task Check_NoFetch_NothingDownloadedAndChromePredictedByAssumption()
    {
        var url = _aia.Serve("int3.der", asPkcs7: false, _chain.Intermediate);
        await using var server = Serve(Leaf(s => s with { CaIssuersUrls = [url] }), sendIntermediate: false);

        var run = await Check(server, "--ca-file", _rootFile, "--no-fetch", "--intermediates", Intermediates());

        run.Out.ShouldContain("assumed: network fetching is off for this run");
        _aia.RequestCount.ShouldBe(0);
    }

    [Fact]
    public async Task Check_RevokedLeafOnCrlJson_CriticalFindingAndRevocationEntry()
    {
        await using var crl = new CrlServer(_chain.Intermediate, () => TimeProvider.System.GetUtcNow());
        var leaf = Leaf(s => s with { CaIssuersUrls = [], CrlUrls = [crl.Url] });
        crl.Revoke(leaf, Now.AddDays(-1), X509RevocationReason.KeyCompromise);
        await using var server = Serve(leaf, sendIntermediate: true);

        var run = await Check(server, "--ca-file", _rootFile, "--json", "--intermediates", Intermediates());

        run.ExitCode.ShouldBe(2, run.Out + run.Error);
        var address = JsonDocument.Parse(run.Out).RootElement.GetProperty("targets")[0].GetProperty("addresses")[0];
        address.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ShouldContain("revocation.revoked");
        var entry = address.GetProperty("revocation").EnumerateArray().Single(r => r.GetProperty("pathIndex").GetInt32() == 0);
        entry.GetProperty("status").GetString().ShouldBe("revoked");
        entry.GetProperty("source").GetString().ShouldBe("crl");
        entry.GetProperty("reason").GetString().ShouldBe("keyCompromise");
        SchemaChecker.Load().Check(JsonDocument.Parse(run.Out).RootElement).ShouldBeEmpty();
    }

    [Fact]
    public async Task Check_NoRevocation_CrlNotAsked()
    {
        await using var crl = new CrlServer(_chain.Intermediate, () => TimeProvider.System.GetUtcNow());
        await using var server = Serve(Leaf(s => s with { CaIssuersUrls = [], CrlUrls = [crl.Url] }), sendIntermediate: true);

        var run = await Check(server, "--ca-file", _rootFile, "--no-revocation", "--intermediates", Intermediates());

        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        crl.RequestCount.ShouldBe(0);
    }

    [Fact]
    public async Task Check_TrustStoreBundle_JsonNamesTheBundle()
    {
        await using var server = Serve(Leaf(s => s with { CaIssuersUrls = [] }), sendIntermediate: true);

        var run = await Check(server, "--trust-store", _rootFile, "--json", "--no-fetch", "--intermediates", Intermediates());

        JsonDocument.Parse(run.Out).RootElement.GetProperty("trustStore").GetProperty("name").GetString().ShouldBe($"bundle: {_rootFile}");
    }

    [Theory]
    [InlineData("--trust-store", "--ca-file", "--trust-store conflicts with --ca-file")]
    [InlineData("--aia", "--no-fetch", "--aia conflicts with --no-fetch")]
    public async Task Check_ConflictingOptions_UsageErrorExit3(string first, string second, string message)
    {
        string[] args = first == "--aia"
            ? ["check", "localhost:1", first, second]
            : ["check", "localhost:1", first, _rootFile, second, _rootFile];

        var run = await CliRun.InProcessAsync(args);

        run.ExitCode.ShouldBe(3);
        run.Error.ShouldContain(message);
    }

    private string Intermediates() => Path.Combine(_directory, $"intermediates-{Guid.NewGuid():N}.pem");

    private IssuedCertificate Leaf(Func<CertificateSpec, CertificateSpec> customize) =>
        customize(TestPki.LeafSpec("localhost", _chain.Intermediate, Now, _chain.Leaf.Key)).Issue();

    private LabTlsServer Serve(IssuedCertificate leaf, bool sendIntermediate) =>
        LabTlsServer.Start(new LabTlsServerOptions(leaf.Certificate, sendIntermediate ? [_chain.Intermediate.Certificate] : []) { Address = IPAddress.Loopback });

    private static Task<CliRun> Check(LabTlsServer server, params string[] more) =>
        CliRun.InProcessAsync(["check", $"localhost:{server.Port}", "--no-http", .. more]);
}
