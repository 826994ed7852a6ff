using Certwatch.X509.Model;

namespace Certwatch.X509.Trust;

/// <summary>Reads anchors from one file (PEM bundle or a DER certificate), with a clear reason on failure.</summary>
internal static class TrustFileLoader
{
    public static bool TryLoad(string path, string storeName, out TrustStore? store, out string? error)
    {
        store = null;
        if (!TryReadBytes(path, out var content, out error))
        {
            return false;
        }

        if (content.Length == 0)
        {
            error = $"{path}: the file is empty";
            return false;
        }

        var anchors = CertificateParser.ParseBundle(content, out var problems);
        if (anchors.Count == 0)
        {
            error = problems.Count > 0
                ? $"{path}: no usable certificates ({problems[0]})"
                : $"{path}: no certificates found (expected PEM 'BEGIN CERTIFICATE' blocks or one DER certificate)";
            return false;
        }

        store = new TrustStore(storeName, anchors);
        return true;
    }

    public static IReadOnlyList<CertificateInfo> ReadAnchors(string path) =>
        TryReadBytes(path, out var content, out _) ? CertificateParser.ParseBundle(content, out _) : [];

    private static bool TryReadBytes(string path, out byte[] content, out string? error)
    {
        content = [];
        error = null;
        try
        {
            if (Directory.Exists(path))
            {
                error = $"{path}: is a directory, not a certificate file";
                return false;
            }

            content = File.ReadAllBytes(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = e is FileNotFoundException or DirectoryNotFoundException
                ? $"{path}: no such file"
                : $"{path}: cannot read ({e.Message})";
            return false;
        }
    }
}
