using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Scanning.Check;
using Certwatch.TestKit.Lab;
using Certwatch.TestKit.Pki;
using Certwatch.TestKit.RealServers;
using Certwatch.TestKit.Servers;
using Certwatch.Tls.Handshake;
using Certwatch.X509.Trust;

namespace Certwatch.Scanning.Tests.Mail;

/// <summary>
/// Real Debian mail servers on 127.0.0.1, each started once for the collection: Postfix and Dovecot with a
/// valid and with an expired lab chain, an in-process HTTPS server with each chain for comparison, and
/// dnsmasq serving the mail zone "cwmail.test" (MX, A, CAA, TLSA) that points at the valid Postfix.
/// </summary>
public sealed class RealMailServersFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public const string Domain = "cwmail.test";
    public const string GoodMx = "mx.cwmail.test";
    public const string StaleMx = "mx2.cwmail.test";
    public const string NullMxDomain = "nomail.test";
    public const string NoMxDomain = "plain.test";
    public const string DualStack = "dual.cwmail.test";
    public const string Alias = "alias.cwmail.test";

    private readonly List<IAsyncDisposable> _running = [];

    public LabPki Pki { get; } = new(Now);

    public IReadOnlyList<IssuedCertificate> ValidChain { get; private set; } = [];

    public IReadOnlyList<IssuedCertificate> ExpiredChain { get; private set; } = [];

    public PostfixServer Postfix { get; private set; } = null!;

    public PostfixServer ExpiredPostfix { get; private set; } = null!;

    public DovecotServer Dovecot { get; private set; } = null!;

    public DovecotServer ExpiredDovecot { get; private set; } = null!;

    public LabTlsServer Https { get; private set; } = null!;

    public LabTlsServer ExpiredHttps { get; private set; } = null!;

    public DnsmasqServer Dns { get; private set; } = null!;

    public CheckOptions Options => new(
        new TrustStore("certwatch lab root", [Pki.Root.Info]),
        Now,
        ExpiryPolicy.Default,
        new ProbeOptions(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5), SendHttpHead: false, TimeSpan.FromSeconds(2)),
        OverallTimeout: TimeSpan.FromSeconds(20),
        Concurrency: 4);

    public async Task InitializeAsync()
    {
        var leaf = Pki.Leaf("localhost", s => s with { DnsNames = ["localhost", GoodMx, StaleMx, NoMxDomain] });
        var expired = Pki.Leaf("localhost", s => s with { NotBefore = Now.AddDays(-93), NotAfter = Now.AddDays(-3) });
        ValidChain = [leaf, Pki.Intermediate];
        ExpiredChain = [expired, Pki.Intermediate];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var postfix = Track(PostfixServer.StartAsync(ValidChain, timeout.Token));
        var expiredPostfix = Track(PostfixServer.StartAsync(ExpiredChain, timeout.Token));
        var dovecot = Track(DovecotServer.StartAsync(ValidChain, timeout.Token));
        var expiredDovecot = Track(DovecotServer.StartAsync(ExpiredChain, timeout.Token));
        var dns = Track(DnsmasqServer.StartAsync(Zone(leaf), timeout.Token));
        Https = Keep(LabTlsServer.Start(new LabTlsServerOptions(leaf.Certificate, [Pki.Intermediate.Certificate]) { Address = IPAddress.Loopback }));
        ExpiredHttps = Keep(LabTlsServer.Start(new LabTlsServerOptions(expired.Certificate, [Pki.Intermediate.Certificate]) { Address = IPAddress.Loopback }));

        // Await every start, so that one failing still leaves the others tracked for disposal.
        await Task.WhenAll(postfix, expiredPostfix, dovecot, expiredDovecot, dns).ContinueWith(_ => { }, TaskScheduler.Default);
        (Postfix, ExpiredPostfix, Dovecot, ExpiredDovecot, Dns) = (await postfix, await expiredPostfix, await dovecot, await expiredDovecot, await dns);
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _running)
        {
            await server.DisposeAsync();
        }
    }

    private static DnsmasqZone Zone(IssuedCertificate leaf)
    {
        var spki = DaneEvaluatorTests.Association(leaf.Info, 1, 1);
        return new DnsmasqZone()
            .Mx(Domain, GoodMx, 10)
            .Mx(Domain, StaleMx, 20)
            .Host(GoodMx, IPAddress.Loopback)
            .Host(StaleMx, IPAddress.Loopback)
            .Host(NoMxDomain, IPAddress.Loopback)
            .Host(DualStack, IPAddress.Loopback, IPAddress.IPv6Loopback)
            .Cname(Alias, GoodMx)
            .Mx(NullMxDomain, ".", 0)
            .Raw($"_25._tcp.{GoodMx}", 52, [3, 1, 1, .. spki])
            .Raw($"_25._tcp.{StaleMx}", 52, [3, 1, 1, .. new byte[32]])
            .Raw(Domain, 257, [0, 5, .. "issue"u8, .. "letsencrypt.org"u8]);
    }

    private T Keep<T>(T server)
        where T : IAsyncDisposable
    {
        lock (_running)
        {
            _running.Add(server);
        }

        return server;
    }

    private Task<T> Track<T>(Task<T> starting)
        where T : IAsyncDisposable =>
        starting.ContinueWith(t =>
        {
            if (t.IsCompletedSuccessfully)
            {
                lock (_running)
                {
                    _running.Add(t.Result);
                }
            }

            return t;
        }, TaskScheduler.Default).Unwrap();
}

[CollectionDefinition(Name)]
public sealed class RealMailServersCollection : ICollectionFixture<RealMailServersFixture>
{
    public const string Name = "real mail servers";
}
