using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Certwatch.Cli.Tests.Fixtures;
using Certwatch.Core.Targets;
using Certwatch.TestKit.Lab;
using Certwatch.TestKit.RealServers;
using Certwatch.TestKit.Servers.StartTls;

namespace Certwatch.Cli.Tests.Commands;

/// <summary>
/// <c>check --mx --mx-port --resolver --caa</c> end to end: dnsmasq serves the zone, an in-process SMTP
/// server upgrades with STARTTLS and serves a lab chain.
/// </summary>
public sealed class CheckDnsOptionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Check_MxWithResolver_EveryMxCheckedWithDaneAndLabelled()
    {
        var pki = new LabPki(Now);
        var leaf = pki.Leaf("mx.cwcli.test");
        using var x509 = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(leaf.Der);
        var spkiHash = SHA256.HashData(x509.PublicKey.ExportSubjectPublicKeyInfo());
        await using var dns = await DnsmasqServer.StartAsync(new DnsmasqZone()
            .Mx("cwcli.test", "mx.cwcli.test", 10)
            .Host("mx.cwcli.test", IPAddress.Loopback)
            .Raw("_25._tcp.mx.cwcli.test", 52, [3, 1, 1, .. spkiHash])
            .Raw("cwcli.test", 257, [0, 5, .. "issue"u8, .. "digicert.com"u8]));
        await using var smtp = StartTlsLabServer.Start(StartTlsProtocol.Smtp, StartTlsBehavior.Upgrades, leaf.Certificate, [pki.Intermediate.Certificate]);
        var caFile = Path.Combine(Path.GetTempPath(), $"certwatch-cli-dns-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(caFile, pki.Root.Pem);
        try
        {
            var run = await CliRun.InProcessAsync("check", "--mx", "cwcli.test", "--mx-port", smtp.Port.ToString(CultureInfo.InvariantCulture),
                "--resolver", $"127.0.0.1:{dns.EndPoint.Port}", "--caa", "--ca-file", caFile, "--at", "2026-06-01T12:00Z", "--format", "nagios");

            run.ExitCode.ShouldBe(0, run.Out + run.Error);
            run.Out.ShouldContain("mx.cwcli.test:" + smtp.Port.ToString(CultureInfo.InvariantCulture) + " (MX 10 of cwcli.test)");
            // The server counts its side of the handshake a moment after the client has finished.
            for (var waited = 0; smtp.HandshakesCompleted == 0 && waited < 5000; waited += 20)
            {
                await Task.Delay(20);
            }

            smtp.HandshakesCompleted.ShouldBe(1);
            run.LeaksException.ShouldBeFalse();

            var json = await CliRun.InProcessAsync("check", "--mx", "cwcli.test", "--mx-port", smtp.Port.ToString(CultureInfo.InvariantCulture),
                "--resolver", $"127.0.0.1:{dns.EndPoint.Port}", "--caa", "--ca-file", caFile, "--at", "2026-06-01T12:00Z", "--json");
            json.Out.ShouldContain("\"dns.dane.match\"");
            json.Out.ShouldContain("\"dns.caa.unknown-issuer\"");
        }
        finally
        {
            File.Delete(caFile);
        }
    }

    [Theory]
    [InlineData("--resolver", "dns.example")]
    [InlineData("--resolver", "127.0.0.1:0")]
    [InlineData("--mx", "127.0.0.1")]
    [InlineData("--mx-port", "70000")]
    public async Task Check_BadDnsOptionValue_OneLineUsageErrorExit3(string option, string value)
    {
        var run = await CliRun.InProcessAsync("check", option, value, "--mx", "example.com");

        run.ExitCode.ShouldBe(3);
        run.Error.ShouldStartWith($"certwatch: option '{option}'");
        run.LeaksException.ShouldBeFalse();
    }

    [Fact]
    public async Task Check_Help_ListsDnsOptions()
    {
        var run = await CliRun.InProcessAsync("check", "--help");

        foreach (var option in new[] { "--mx", "--mx-port", "--resolver", "--caa", "--dane" })
        {
            run.Out.ShouldContain(option);
        }
    }
}
