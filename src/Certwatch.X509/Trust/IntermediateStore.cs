using System.Text;
using Certwatch.X509.Model;

namespace Certwatch.X509.Trust;

/// <summary>
/// Certwatch's stand-in for Firefox's preloaded intermediates (Intermediate CA Preloading, Fx 75+): a PEM
/// file of the CA certificates Certwatch has seen — served in chains or downloaded over AIA. Firefox's real
/// set is every CCADB-disclosed intermediate; a file the user points at can hold exactly that. Reading a
/// missing file gives an empty store; only CA certificates (cA=TRUE) that are not self-issued are kept.
/// </summary>
public sealed class IntermediateStore
{
    private readonly Dictionary<string, CertificateInfo> _byFingerprint = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<CertificateInfo> _added = [];

    private IntermediateStore(string? path, IEnumerable<CertificateInfo> certificates)
    {
        Path = path;
        foreach (var certificate in certificates.Where(IsIntermediate))
        {
            _byFingerprint.TryAdd(certificate.Sha256Fingerprint, certificate);
        }
    }

    /// <summary>The backing file; null for an in-memory store.</summary>
    public string? Path { get; }

    public IReadOnlyList<CertificateInfo> Certificates
    {
        get
        {
            lock (_byFingerprint)
            {
                return [.. _byFingerprint.Values];
            }
        }
    }

    public static IntermediateStore Empty => new(null, []);

    public static IntermediateStore InMemory(IEnumerable<CertificateInfo> certificates) => new(null, certificates);

    /// <summary>Loads the PEM file; a missing or unreadable file gives an empty store and a reason.</summary>
    public static IntermediateStore Load(string path, out string? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        error = null;
        if (!File.Exists(path))
        {
            return new(path, []);
        }

        try
        {
            var certificates = CertificateParser.ParsePemBundle(File.ReadAllText(path), out _);
            return new(path, certificates);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read intermediates file {path}: {e.Message}";
            return new(path, []);
        }
    }

    /// <summary>
    /// Remembers intermediates seen in this run for <see cref="Save"/>. They are not used by this run's verdicts:
    /// what one target served must not change what another target's Firefox verdict says (or depend on the order
    /// the targets were checked in); the next run loads them.
    /// </summary>
    public void Remember(IEnumerable<CertificateInfo> seen)
    {
        ArgumentNullException.ThrowIfNull(seen);
        lock (_byFingerprint)
        {
            foreach (var certificate in seen.Where(IsIntermediate))
            {
                if (!_byFingerprint.ContainsKey(certificate.Sha256Fingerprint) && _added.TrueForAll(a => a.Sha256Fingerprint != certificate.Sha256Fingerprint))
                {
                    _added.Add(certificate);
                }
            }
        }
    }

    /// <summary>Appends what was remembered to the file (creating its folder); false with a reason on failure.</summary>
    public bool Save(out string? error)
    {
        error = null;
        if (Path is null || _added.Count == 0)
        {
            return true;
        }

        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
            var pem = new StringBuilder();
            foreach (var certificate in _added)
            {
                pem.Append("# ").Append(certificate.Subject).Append('\n');
                pem.Append(System.Security.Cryptography.PemEncoding.WriteString("CERTIFICATE", certificate.Der)).Append('\n');
            }

            File.AppendAllText(Path, pem.ToString());
            lock (_byFingerprint)
            {
                foreach (var certificate in _added)
                {
                    _byFingerprint.TryAdd(certificate.Sha256Fingerprint, certificate);
                }

                _added.Clear();
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot write intermediates file {Path}: {e.Message}";
            return false;
        }
    }

    private static bool IsIntermediate(CertificateInfo certificate) => certificate.IsCa && !certificate.IsSelfIssued;
}
