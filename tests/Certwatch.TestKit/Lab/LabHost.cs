using Certwatch.TestKit.Servers;

namespace Certwatch.TestKit.Lab;

/// <summary>
/// Runs lab scenarios, one <see cref="LabTlsServer"/> each on loopback, and tells where: the port map that
/// <c>certwatch lab</c> prints and the scanning tests check against.
/// </summary>
public sealed class LabHost : IAsyncDisposable
{
    private readonly IReadOnlyList<IAsyncDisposable> _servers;

    private LabHost(Lab lab, IReadOnlyList<IAsyncDisposable> servers, IReadOnlyList<LabEndpoint> endpoints)
    {
        Lab = lab;
        _servers = servers;
        Endpoints = endpoints;
    }

    public Lab Lab { get; }

    /// <summary>Scenario name → port, expected name and what it shows, in catalogue order.</summary>
    public IReadOnlyList<LabEndpoint> Endpoints { get; }

    public LabEndpoint this[string name] =>
        Endpoints.FirstOrDefault(e => e.Name == name) ?? throw new KeyNotFoundException($"lab scenario '{name}' is not running");

    /// <summary>
    /// Builds and serves <paramref name="scenarios"/> (all by default) from certificates made around
    /// <paramref name="now"/>. <paramref name="firstPort"/> 0 lets the OS pick ports; otherwise scenario i
    /// listens on firstPort + i.
    /// </summary>
    public static LabHost Start(DateTimeOffset now, IReadOnlyList<LabScenario>? scenarios = null, int firstPort = 0)
    {
        var lab = new Lab(now);
        var chosen = scenarios ?? Lab.Scenarios;

        // Sequential: the scenarios share CA and leaf keys, and key objects are not safe to use from several threads.
        var chains = chosen.Select(lab.Build).ToList();
        var servers = new List<IAsyncDisposable>();
        var endpoints = new List<LabEndpoint>();
        try
        {
            for (var i = 0; i < chosen.Count; i++)
            {
                var (server, endpoint) = Serve(chosen[i], chains[i], firstPort == 0 ? 0 : firstPort + i);
                servers.Add(server);
                endpoints.Add(new LabEndpoint(chosen[i], endpoint));
            }
        }
        catch
        {
            // a fixed port already in use: release what started, then tell the caller
            Task.WhenAll(servers.Select(s => s.DisposeAsync().AsTask())).GetAwaiter().GetResult();
            throw;
        }

        return new LabHost(lab, servers, endpoints);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }
    }

    // STARTTLS scenarios get a scripted mail server that upgrades and then serves the chain exactly.
    private static (IAsyncDisposable Server, System.Net.IPEndPoint EndPoint) Serve(LabScenario scenario, ServedChain chain, int port)
    {
        if (scenario.StartTls == Core.Targets.StartTlsProtocol.None)
        {
            var https = LabTlsServer.Start(Options(chain, port));
            return (https, https.EndPoint);
        }

        var mail = Servers.StartTls.StartTlsLabServer.Start(
            scenario.StartTls, Servers.StartTls.StartTlsBehavior.Upgrades, chain.Leaf.Certificate, [.. chain.Rest.Select(c => c.Certificate)], port);
        return (mail, mail.EndPoint);
    }

    private static LabTlsServerOptions Options(ServedChain chain, int port) =>
        new(chain.Leaf.Certificate, [.. chain.Rest.Select(c => c.Certificate)])
        {
            StrictTransportSecurity = chain.StrictTransportSecurity,
            Port = port,
        };
}
