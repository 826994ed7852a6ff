using System.Net;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Scan;
using Certwatch.TestKit.Servers.Pki;
using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Tests.Scan.Assessment;

/// <summary>
/// Builds the <see cref="ScanFacts"/> the probes would report for a server described in a few lines: versions
/// with their suites (OpenSSL or IANA names, in server order), groups, DH prime, and the feature probes —
/// which default to a healthy server (secure renegotiation, SCSV, EMS, a good staple for <see cref="CertificateReports"/>' leaf, no compression).
/// </summary>
internal sealed class ScanFactsBuilder
{
    private readonly List<ProtocolCiphers> _ciphers = [];
    private readonly List<Ssl2CipherKind> _ssl2 = [];
    private ScanFacts _facts = new ScanFacts(new ProbeEndpoint(IPAddress.Loopback, 443, CertificateReports.Host, StartTlsProtocol.None))
    {
        Renegotiation = ProbeOutcome<RenegotiationFacts>.Completed(new RenegotiationFacts(true, false)),
        Compression = ProbeOutcome<bool>.Completed(false),
        FallbackScsv = ProbeOutcome<FallbackScsvFacts>.Completed(new FallbackScsvFacts(true, "inappropriate_fallback alert")),
        ExtendedMasterSecret = ProbeOutcome<bool>.Completed(true),
        HeartbeatExtension = ProbeOutcome<bool>.Completed(false),
        Heartbleed = ProbeOutcome<HeartbleedFacts>.Completed(new HeartbleedFacts(false, "no heartbeat response")),
        CcsInjection = ProbeOutcome<CcsInjectionFacts>.Completed(new CcsInjectionFacts(false, "early CCS refused with unexpected_message")),
        OcspStapling = ProbeOutcome<OcspStapleFacts>.Completed(new OcspStapleFacts(true, CertificateReports.Staple(OcspCertStatus.Good), ProtocolVersion.Tls12)),
    };

    private NamedGroup _group = NamedGroup.X25519;
    private byte[] _dhPrime = DhPrimes.Custom(2048);

    /// <summary>The DH prime every DHE suite added after this call uses.</summary>
    public ScanFactsBuilder DhPrime(byte[] prime)
    {
        _dhPrime = prime;
        return this;
    }

    /// <summary>The group ECDHE and TLS 1.3 suites added after this call report.</summary>
    public ScanFactsBuilder Group(NamedGroup group)
    {
        _group = group;
        return this;
    }

    public ScanFactsBuilder Version(ProtocolVersion version, params string[] suites) => Version(version, false, suites);

    public ScanFactsBuilder Version(ProtocolVersion version, bool serverOrder, params string[] suites)
    {
        _ciphers.Add(new ProtocolCiphers(version, [.. suites.Select(Accepted)], serverOrder));
        return this;
    }

    public ScanFactsBuilder Ssl2(params Ssl2CipherKind[] kinds)
    {
        _ssl2.AddRange(kinds);
        return this;
    }

    public ScanFactsBuilder Groups(bool serverOrder, params NamedGroup[] groups) =>
        With(f => f with { Groups = ProbeOutcome<GroupSupport>.Completed(new GroupSupport(groups, serverOrder)) });

    public ScanFactsBuilder With(Func<ScanFacts, ScanFacts> edit)
    {
        _facts = edit(_facts);
        return this;
    }

    public ScanFacts Build()
    {
        var known = new[] { ProtocolVersion.Ssl3, ProtocolVersion.Tls10, ProtocolVersion.Tls11, ProtocolVersion.Tls12, ProtocolVersion.Tls13 };
        var protocols = known.Select(v => new ProtocolSupport(v, _ciphers.Any(c => c.Version == v), _ciphers.Any(c => c.Version == v) ? null : "handshake_failure alert"))
            .Append(new ProtocolSupport(ProtocolVersion.Ssl2, _ssl2.Count > 0));
        return _facts with
        {
            Protocols = ProbeOutcome<IReadOnlyList<ProtocolSupport>>.Completed([.. protocols]),
            Ciphers = ProbeOutcome<IReadOnlyList<ProtocolCiphers>>.Completed([.. _ciphers.OrderByDescending(c => c.Version.Value)]),
            Ssl2Ciphers = ProbeOutcome<IReadOnlyList<Ssl2CipherKind>>.Completed([.. _ssl2]),
        };
    }

    private AcceptedSuite Accepted(string name)
    {
        var suite = CipherSuiteRegistry.FindByName(name) ?? throw new ArgumentException($"unknown suite {name}", nameof(name));
        return suite.KeyExchange switch
        {
            KeyExchange.Dhe => new AcceptedSuite(suite, DhPrime: _dhPrime, DhGenerator: new byte[] { 2 }),
            KeyExchange.Ecdhe or KeyExchange.Any => new AcceptedSuite(suite, _group),
            _ => new AcceptedSuite(suite),
        };
    }
}
