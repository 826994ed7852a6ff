using Certwatch.X509.Trust;

namespace Certwatch.Cli.Commands;

/// <summary>Picks the trust anchors: <c>--ca-file</c> when given, else the system store.</summary>
public static class TrustStoreLoader
{
    public static bool TryLoad(string? caFile, out TrustStore? store, out string? error) =>
        caFile is null
            ? TrustStore.TryLoadSystem(out store, out error)
            : TrustStore.TryLoadFile(caFile, out store, out error);
}
