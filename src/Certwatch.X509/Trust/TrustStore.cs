using Certwatch.X509.Model;

namespace Certwatch.X509.Trust;

/// <summary>
/// A set of trust anchors, indexed by subject name for path building. Loaded from the system bundle
/// (/etc/ssl/certs), a PEM file (<c>--ca-file</c>) or given certificates (tests).
/// </summary>
public sealed class TrustStore
{
    /// <summary>Where the anchors came from, for reports ("system: /etc/ssl/certs/ca-certificates.crt").</summary>
    public string Name { get; }

    public IReadOnlyList<CertificateInfo> Anchors { get; }

    public TrustStore(string name, IEnumerable<CertificateInfo> anchors)
    {
        Name = name;
        Anchors = anchors.ToList();
    }

    /// <summary>Anchors whose subject equals <paramref name="subjectNameDer"/>.</summary>
    public IReadOnlyList<CertificateInfo> FindBySubject(ReadOnlySpan<byte> subjectNameDer) => throw new NotImplementedException();

    /// <summary>True when this exact certificate (by SHA-256) or its subject+key is an anchor.</summary>
    public bool IsAnchor(CertificateInfo certificate) => throw new NotImplementedException();

    /// <summary>The system store; false with a reason when none is found.</summary>
    public static bool TryLoadSystem(out TrustStore? store, out string? error) => throw new NotImplementedException();

    /// <summary>A PEM bundle file (<c>--ca-file</c>); false with a reason when unreadable or empty.</summary>
    public static bool TryLoadFile(string path, out TrustStore? store, out string? error) => throw new NotImplementedException();
}
