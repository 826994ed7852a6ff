using System.Collections.ObjectModel;
using System.Net.Security;
using System.Runtime.CompilerServices;
using System.Security.Cryptography.X509Certificates;

namespace Certwatch.TestKit.Servers;

/// <summary>
/// A server certificate context that sends exactly the given chain. The public
/// SslStreamCertificateContext.Create rebuilds the chain — it reorders, drops duplicates and unrelated
/// certificates and trims the root — which would hide the very deployment mistakes the lab must show.
/// The private constructor takes the intermediates as they are.
/// </summary>
public static class ExactCertificateContext
{
    /// <summary>The leaf (with its private key) followed by <paramref name="rest"/> in this order, nothing added or removed.</summary>
    public static SslStreamCertificateContext Create(X509Certificate2 leafWithKey, IReadOnlyList<X509Certificate2> rest)
    {
        ArgumentNullException.ThrowIfNull(leafWithKey);
        ArgumentNullException.ThrowIfNull(rest);
        return Construct(leafWithKey, new ReadOnlyCollection<X509Certificate2>([.. rest]), null);
    }

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    private static extern SslStreamCertificateContext Construct(
        X509Certificate2 target, ReadOnlyCollection<X509Certificate2> intermediates, SslCertificateTrust? trust);
}
