using System.Net;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Scan.Probes;
using Certwatch.TestKit.Servers.Scripted;
using Certwatch.Tls.Probing;

namespace Certwatch.Scanning.Tests.Scan.Probes;

/// <summary>A probe context aimed at one loopback port, with a fixed random seed and short limits.</summary>
internal sealed class ProbeHarness : IDisposable
{
    // Generous: only hostile-server tests wait for a timeout, and they set their own; a loaded CI must not turn a slow answer into a missing suite.
    public static readonly ProbeLimits Limits = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5));

    private ProbeHarness(int port, ProbeLimits limits, string? serverName)
    {
        Connector = new ProbeConnector(limits);
        Endpoint = new ProbeEndpoint(IPAddress.Loopback, port, serverName, StartTlsProtocol.None);
        Context = new ProbeContext(Connector, Endpoint, limits, ProbeRandom.Seeded(7));
    }

    public ProbeConnector Connector { get; }

    public ProbeEndpoint Endpoint { get; }

    public ProbeContext Context { get; }

    public static ProbeHarness For(ScriptedTlsServer server, ProbeLimits? limits = null) => new(server.Port, limits ?? Limits, null);

    public static ProbeHarness For(int port, string? serverName = "localhost") => new(port, Limits, serverName);

    public void Dispose() => Connector.Dispose();
}
