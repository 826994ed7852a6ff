namespace Certwatch.Scanning.Tests.Check;

/// <summary>A clock stopped at one instant (timers and timestamps stay real).</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
