using Certwatch.TestKit.RealServers;

namespace Certwatch.Cli.Tests.Scan.RealServers;

public sealed class NginxServerTests
{
    [Fact]
    public async Task StartAsync_DefaultSite_ServesTheGivenChainInOrder()
    {
        await using var nginx = await NginxServer.StartAsync(NginxSiteOptions.For(RealServerChain.Chain));

        var handshake = await LoopbackHandshake.TryAsync(nginx.HttpsPort);

        handshake.ShouldNotBeNull(nginx.ErrorLog);
        handshake.ServedThumbprints.ShouldBe(RealServerChain.ServedThumbprints);
        nginx.ConfigText.ShouldContain("listen 127.0.0.1:");
    }

    [Fact]
    public async Task StartAsync_Tls10OnlyAtSecLevel0_NegotiatesTls10AndRefusesTls12()
    {
        var options = NginxSiteOptions.For(RealServerChain.Chain) with { Protocols = "TLSv1", Ciphers = "ALL:@SECLEVEL=0" };
        await using var nginx = await NginxServer.StartAsync(options);

        var old = await OpenSslClient.HandshakeAsync(nginx.HttpsPort, "-tls1");
        var modern = await OpenSslClient.HandshakeAsync(nginx.HttpsPort, "-tls1_2");

        old.ShouldNotBeNull(nginx.ErrorLog);
        old.Value.Protocol.ShouldBe("TLSv1");
        modern.ShouldBeNull();
    }

    [Fact]
    public async Task StartAsync_Dhe1024_ServesTheGeneratedPrimeSize()
    {
        var options = NginxSiteOptions.For(RealServerChain.Chain) with
        {
            Protocols = "TLSv1.2",
            Ciphers = "DHE-RSA-AES128-SHA:@SECLEVEL=0",
            DhParamBits = 1024,
        };
        await using var nginx = await NginxServer.StartAsync(options);

        var handshake = await OpenSslClient.HandshakeAsync(nginx.HttpsPort, "-tls1_2");

        handshake.ShouldNotBeNull(nginx.ErrorLog);
        handshake.Value.Cipher.ShouldBe("DHE-RSA-AES128-SHA");
        nginx.ConfigText.ShouldContain("ssl_dhparam ");
    }

    [Fact]
    public async Task StartAsync_PlainHttpWithRedirect_ListensOnBothPorts()
    {
        var options = NginxSiteOptions.For(RealServerChain.Chain) with
        {
            PlainHttp = true,
            HttpDirectives = ["return 301 https://localhost:{HTTPS_PORT}$request_uri;"],
        };
        await using var nginx = await NginxServer.StartAsync(options);

        (await LoopbackHandshake.AcceptsAsync(nginx.HttpPort)).ShouldBeTrue();
        nginx.ConfigText.ShouldContain($"return 301 https://localhost:{nginx.HttpsPort}$request_uri;");
    }

    [Fact]
    public async Task StartAsync_InvalidDirective_FailsWithNginxErrorText()
    {
        var options = NginxSiteOptions.For(RealServerChain.Chain) with { HttpsDirectives = ["no_such_directive on;"] };

        var error = await Should.ThrowAsync<InvalidOperationException>(() => NginxServer.StartAsync(options));

        error.Message.ShouldContain("unknown directive \"no_such_directive\"");
    }

    [Fact]
    public async Task DisposeAsync_RunningServer_KillsProcessAndFreesPort()
    {
        var nginx = await NginxServer.StartAsync(NginxSiteOptions.For(RealServerChain.Chain));
        var pid = nginx.ProcessId;
        var port = nginx.HttpsPort;

        await nginx.DisposeAsync();

        ProcessIsGone(pid).ShouldBeTrue();
        (await LoopbackHandshake.AcceptsAsync(port)).ShouldBeFalse();
    }

    internal static bool ProcessIsGone(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
