using Certwatch.X509.Model;

namespace Certwatch.X509.Trust;

/// <summary>
/// A set of trust anchors, indexed by subject name for path building. Loaded from the system bundle
/// (/etc/ssl/certs), a PEM file (<c>--ca-file</c>) or given certificates (tests).
/// </summary>
public sealed class TrustStore
{
    private readonly Dictionary<string, List<CertificateInfo>> _bySubject;
    private readonly HashSet<string> _fingerprints;
    private readonly HashSet<string> _subjectAndKeys;

    /// <summary>Where the anchors came from, for reports ("system: /etc/ssl/certs/ca-certificates.crt").</summary>
    public string Name { get; }

    public IReadOnlyList<CertificateInfo> Anchors { get; }

    public TrustStore(string name, IEnumerable<CertificateInfo> anchors)
    {
        Name = name;
        Anchors = anchors.ToList();
        _bySubject = Anchors.GroupBy(a => Convert.ToHexString(a.SubjectNameDer)).ToDictionary(g => g.Key, g => g.ToList());
        _fingerprints = Anchors.Select(a => a.Sha256Fingerprint).ToHashSet(StringComparer.Ordinal);
        _subjectAndKeys = Anchors.Select(SubjectAndKey).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Anchors whose subject equals <paramref name="subjectNameDer"/>.</summary>
    public IReadOnlyList<CertificateInfo> FindBySubject(ReadOnlySpan<byte> subjectNameDer) =>
        _bySubject.TryGetValue(Convert.ToHexString(subjectNameDer), out var anchors) ? anchors : [];

    /// <summary>
    /// True when this exact certificate (by SHA-256) or its subject+key is an anchor. RFC 5280 §6.1.1 (d)
    /// trusts the name and key, so a re-issued root (new dates, same key) is still an anchor.
    /// </summary>
    public bool IsAnchor(CertificateInfo certificate) =>
        _fingerprints.Contains(certificate.Sha256Fingerprint) || _subjectAndKeys.Contains(SubjectAndKey(certificate));

    /// <summary>The system store; false with a reason when none is found.</summary>
    public static bool TryLoadSystem(out TrustStore? store, out string? error) =>
        SystemTrustLocator.TryLoad(Environment.GetEnvironmentVariable("SSL_CERT_FILE"), out store, out error);

    /// <summary>A PEM bundle file (<c>--ca-file</c>); false with a reason when unreadable or empty.</summary>
    public static bool TryLoadFile(string path, out TrustStore? store, out string? error) =>
        TrustFileLoader.TryLoad(path, path, out store, out error);

    /// <summary>
    /// A Mozilla-style root bundle (<c>--trust-store</c>: certdata.txt converted to PEM, curl's cacert.pem) —
    /// a public root program, so public-only rules apply. Named "bundle: PATH".
    /// </summary>
    public static bool TryLoadBundle(string path, out TrustStore? store, out string? error) =>
        TrustFileLoader.TryLoad(path, BundlePrefix + path, out store, out error);

    /// <summary>Name prefix of stores loaded with <see cref="TryLoadBundle"/>.</summary>
    public const string BundlePrefix = "bundle: ";

    private static string SubjectAndKey(CertificateInfo certificate) =>
        Convert.ToHexString(certificate.SubjectNameDer) + "/" + certificate.SpkiSha256;
}
