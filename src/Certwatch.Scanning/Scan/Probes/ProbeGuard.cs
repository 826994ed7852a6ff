namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// Keeps one probe's bug from sinking the scan: an unexpected exception becomes that probe's error outcome.
/// The caller's cancellation still throws.
/// </summary>
internal static class ProbeGuard
{
    public static async Task<ProbeOutcome<T>> RunAsync<T>(Func<Task<ProbeOutcome<T>>> probe, CancellationToken cancellationToken)
    {
        try
        {
            return await probe();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ProbeOutcome<T>.Failed($"internal error: {e.GetType().Name}: {e.Message}");
        }
    }

    public static async Task<T> RunAsync<T>(Func<Task<T>> probe, Func<string, T> failed, CancellationToken cancellationToken)
    {
        try
        {
            return await probe();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return failed($"internal error: {e.GetType().Name}: {e.Message}");
        }
    }
}
