using Certwatch.Scanning.Check;
using Certwatch.Scanning.Http;
using Certwatch.Tls.Wire;
using Certwatch.X509.Model;

namespace Certwatch.Scanning.Scan.Assessment;

/// <summary>
/// The probe facts of one address arranged for judging: supported versions newest first, every accepted suite
/// with its version, the DHE parameters, the leaf certificate and the HSTS policy. Probes that did not complete
/// contribute nothing (their rules stay silent rather than guess).
/// </summary>
internal sealed class ServerTlsView
{
    public ServerTlsView(ScanFacts facts, AddressReport certificate)
    {
        Facts = facts;
        Certificate = certificate;
        Ciphers = facts.Ciphers is { IsCompleted: true, Value: { } c } ? c : [];
        Ssl2Ciphers = facts.Ssl2Ciphers is { IsCompleted: true, Value: { } s } ? s : [];
        Versions = SupportedVersions(facts, Ciphers, Ssl2Ciphers);
        Accepted = [.. Ciphers.SelectMany(p => p.Suites.Select(s => new VersionedSuite(p.Version, s)))];
        Suites = [.. Accepted.Select(a => a.Accepted.Suite).DistinctBy(s => s.Id)];
        Hsts = StrictTransportSecurityParser.Parse(certificate.Observation.Http?.StrictTransportSecurity);
    }

    public ScanFacts Facts { get; }

    public AddressReport Certificate { get; }

    /// <summary>Per version, as the cipher enumeration found them (empty when it did not complete).</summary>
    public IReadOnlyList<ProtocolCiphers> Ciphers { get; }

    public bool CiphersKnown => Facts.Ciphers.IsCompleted;

    public IReadOnlyList<Ssl2CipherKind> Ssl2Ciphers { get; }

    /// <summary>Supported versions, newest first (SSLv2 last).</summary>
    public IReadOnlyList<ProtocolVersion> Versions { get; }

    public IReadOnlyList<VersionedSuite> Accepted { get; }

    /// <summary>Every distinct suite accepted on any version.</summary>
    public IReadOnlyList<CipherSuiteInfo> Suites { get; }

    public HstsPolicy Hsts { get; }

    public CertificateInfo? Leaf => Certificate.Served.Count > 0 ? Certificate.Served[0] : null;

    public IEnumerable<string> CertificateFindingIds => Certificate.Analysis?.Findings.Select(f => f.Id) ?? [];

    public bool Supports(ProtocolVersion version) => Versions.Contains(version);

    /// <summary>Accepted DHE suites with the prime the server sent.</summary>
    public IEnumerable<VersionedSuite> DheSuites => Accepted.Where(a => a.Accepted.DhPrime is not null);

    public ProtocolCiphers? CiphersOf(ProtocolVersion version) => Ciphers.FirstOrDefault(c => c.Version == version);

    /// <summary>The suites matching <paramref name="predicate"/> with the versions each was accepted on ("TLS_RSA_WITH_RC4_128_SHA (SSLv3, TLSv1.0)").</summary>
    public IReadOnlyList<string> Evidence(Func<CipherSuiteInfo, bool> predicate) =>
        [.. Accepted.Where(a => predicate(a.Accepted.Suite))
            .GroupBy(a => a.Accepted.Suite.Id)
            .Select(g => $"{g.First().Accepted.Suite.IanaName} ({string.Join(", ", g.Select(a => a.Version.ToString()))})")];

    private static IReadOnlyList<ProtocolVersion> SupportedVersions(ScanFacts facts, IReadOnlyList<ProtocolCiphers> ciphers, IReadOnlyList<Ssl2CipherKind> ssl2)
    {
        var versions = facts.Protocols is { IsCompleted: true, Value: { } protocols }
            ? protocols.Where(p => p.Supported).Select(p => p.Version)
            : ciphers.Where(c => c.Suites.Count > 0).Select(c => c.Version);
        if (ssl2.Count > 0)
        {
            versions = versions.Append(ProtocolVersion.Ssl2);
        }

        return [.. versions.Distinct().OrderByDescending(v => v.Value)];
    }
}
