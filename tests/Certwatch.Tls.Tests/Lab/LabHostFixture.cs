using Certwatch.TestKit.Lab;

namespace Certwatch.Tls.Tests.Lab;

/// <summary>Every lab scenario running once for the test class.</summary>
public sealed class LabHostFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public LabHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = LabHost.Start(Now);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
