using Certwatch.Core.Findings;
using Certwatch.Scanning.Check;
using Certwatch.TestKit.Lab;
using Certwatch.Tls.Handshake;

namespace Certwatch.Scanning.Tests.Check;

/// <summary>Every lab scenario running once for the test class, built around one fixed time.</summary>
public sealed class LabHostFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public LabHost Host { get; private set; } = null!;

    /// <summary>Checks as of the lab's time against the lab root only.</summary>
    public CheckOptions Options => new(
        Host.Lab.TrustStore,
        Now,
        ExpiryPolicy.Default,
        new ProbeOptions(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), SendHttpHead: true, TimeSpan.FromSeconds(2)),
        OverallTimeout: TimeSpan.FromSeconds(15),
        Concurrency: 4);

    public Task InitializeAsync()
    {
        Host = LabHost.Start(Now);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
