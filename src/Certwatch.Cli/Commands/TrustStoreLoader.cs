using Certwatch.X509.Trust;

namespace Certwatch.Cli.Commands;

/// <summary>Picks the trust anchors: <c>--ca-file</c> when given, else the system store.</summary>
public static class TrustStoreLoader
{
    public static bool TryLoad(string? caFile, out TrustStore? store, out string? error) =>
        caFile is null
            ? TrustStore.TryLoadSystem(out store, out error)
            : TrustStore.TryLoadFile(caFile, out store, out error);

    /// <summary><c>--trust-store</c> (a public root bundle) wins when given, else as <see cref="TryLoad(string?, out TrustStore?, out string?)"/>.</summary>
    public static bool TryLoad(string? caFile, string? bundle, out TrustStore? store, out string? error) =>
        bundle is null ? TryLoad(caFile, out store, out error) : TrustStore.TryLoadBundle(bundle, out store, out error);
}
