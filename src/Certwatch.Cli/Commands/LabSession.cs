using Certwatch.Core.Targets;
using Certwatch.TestKit.Lab;
using Certwatch.X509.Trust;

namespace Certwatch.Cli.Commands;

/// <summary>
/// The in-process lab: every scenario served on loopback from certificates made around "now", the lab
/// root as the only trust anchor, and the lab root written to a PEM file for <c>--ca-file</c>.
/// </summary>
public sealed class LabSession : IAsyncDisposable
{
    private readonly LabHost _host;
    private readonly string _directory;

    private LabSession(LabHost host, string directory)
    {
        _host = host;
        _directory = directory;
        TrustAnchorPath = Path.Combine(directory, "lab-root.pem");
        File.WriteAllText(TrustAnchorPath, host.Lab.TrustAnchorPem);
    }

    public IReadOnlyList<LabEndpoint> Endpoints => _host.Endpoints;

    /// <summary>One target per scenario: its expected name as SNI, pinned to the loopback address it listens on.</summary>
    public IReadOnlyList<(Target Target, string Label)> Targets => _host.Endpoints.Select(e => (e.Target, e.Name)).ToList();

    public TrustStore TrustStore => _host.Lab.TrustStore;

    public DateTimeOffset Now => _host.Lab.Now;

    public string TrustAnchorPath { get; }

    public static LabSession Start(DateTimeOffset now, int firstPort = 0)
    {
        LabDirectories.RemoveAbandoned();
        return new LabSession(LabHost.Start(now, firstPort: firstPort), LabDirectories.Create());
    }

    public async ValueTask DisposeAsync()
    {
        // The file first: on SIGTERM the process may be given little time to stop the servers.
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // a temp directory left behind is harmless
        }

        await _host.DisposeAsync();
    }
}
