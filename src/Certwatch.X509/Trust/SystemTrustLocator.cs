namespace Certwatch.X509.Trust;

/// <summary>
/// Finds the system anchors the way OpenSSL-based clients do on Linux: SSL_CERT_FILE when set, else
/// the distribution bundle, else every PEM file in the certificates directory.
/// </summary>
internal static class SystemTrustLocator
{
    private const string CertificateDirectory = "/etc/ssl/certs";

    private static readonly string[] BundleFiles =
    [
        "/etc/ssl/certs/ca-certificates.crt", // Debian, Ubuntu, Alpine
        "/etc/pki/tls/certs/ca-bundle.crt", // Fedora, RHEL
        "/etc/ssl/ca-bundle.pem", // openSUSE
        "/etc/ssl/cert.pem", // macOS, BSDs
    ];

    public static bool TryLoad(string? sslCertFile, out TrustStore? store, out string? error)
    {
        if (!string.IsNullOrEmpty(sslCertFile))
        {
            var loaded = TrustFileLoader.TryLoad(sslCertFile, $"system (SSL_CERT_FILE): {sslCertFile}", out store, out error);
            error = loaded ? null : $"SSL_CERT_FILE: {error}";
            return loaded;
        }

        var bundle = BundleFiles.FirstOrDefault(File.Exists);
        if (bundle is not null)
        {
            return TrustFileLoader.TryLoad(bundle, $"system: {bundle}", out store, out error);
        }

        return TryLoadDirectory(CertificateDirectory, out store, out error);
    }

    private static bool TryLoadDirectory(string directory, out TrustStore? store, out string? error)
    {
        store = null;
        if (!Directory.Exists(directory))
        {
            error = $"no system trust store: SSL_CERT_FILE is not set and neither {BundleFiles[0]} nor {directory} exists";
            return false;
        }

        var files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".pem", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".crt", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        var anchors = files.SelectMany(TrustFileLoader.ReadAnchors)
            .DistinctBy(a => a.Sha256Fingerprint)
            .ToList();
        if (anchors.Count == 0)
        {
            error = $"no system trust store: {directory} holds no readable certificates";
            return false;
        }

        store = new TrustStore($"system: {directory}", anchors);
        error = null;
        return true;
    }
}
