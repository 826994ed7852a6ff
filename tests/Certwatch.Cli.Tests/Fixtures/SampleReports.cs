using System.Net;
using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Check;
using Certwatch.Tls.Handshake;
using Certwatch.X509.Analysis;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;
using Certwatch.X509.Names;
using Certwatch.X509.Verdicts;

namespace Certwatch.Cli.Tests.Fixtures;

/// <summary>Hand-made reports, so renderers are tested without the network or the pipeline.</summary>
internal static class SampleReports
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public static CertificateInfo Certificate(string cn, string issuerCn, int daysLeft, bool isCa = false) => new()
    {
        Der = [0x30, 0x03, 0x02, 0x01, 0x01],
        Version = 3,
        Subject = $"CN={cn}",
        Issuer = $"CN={issuerCn}",
        SubjectNameDer = System.Text.Encoding.UTF8.GetBytes(cn),
        IssuerNameDer = System.Text.Encoding.UTF8.GetBytes(issuerCn),
        SubjectCommonName = cn,
        IssuerCommonName = issuerCn,
        SerialNumber = "0A1B2C",
        Sha256Fingerprint = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(cn))),
        SpkiSha256 = "AB",
        NotBefore = Now.AddDays(-30),
        NotAfter = Now.AddDays(daysLeft).AddHours(1),
        DnsNames = isCa ? [] : [cn],
        IpAddresses = isCa ? [] : [IPAddress.Loopback],
        PublicKey = new PublicKeyInfo("RSA", 2048, null, "1.2.840.113549.1.1.1"),
        SignatureAlgorithm = new SignatureAlgorithmInfo("1.2.840.113549.1.1.11", "sha256WithRSAEncryption", "SHA256"),
        TbsDer = [],
        SignatureValue = [],
        BasicConstraints = new BasicConstraintsInfo(isCa, null, true),
        ExtendedKeyUsage = isCa ? null : ["1.3.6.1.5.5.7.3.1"],
        CaIssuersUrls = isCa ? [] : ["http://ca.test/int.crt"],
        OcspUrls = [],
        CrlUrls = [],
        PolicyOids = ["2.23.140.1.2.1"],
        ValidationLevel = ValidationLevel.DomainValidated,
        SctCount = 2,
        MustStaple = false,
        Extensions = [],
    };

    public static Finding IncompleteChain { get; } = new(
        FindingIds.ChainIncomplete, Severity.Critical,
        "Intermediate 'Lab Intermediate' not sent",
        "Clients that do not fetch missing issuers fail.",
        ["leaf issuer: CN=Lab Intermediate"],
        new FixAdvice("Serve the full chain.", [new ServerConfigLine("nginx", "ssl_certificate /etc/ssl/fullchain.pem;")]));

    public static ClientVerdict Accepted(ClientId id, string name) => new(id, name, true, null, "OK", true, null);

    public static ClientVerdict Rejected(ClientId id, string name, string code) =>
        new(id, name, false, code, code, true, "intermediate 'Lab Intermediate' not sent");

    public static TargetReport Report(string host, int port, int leafDaysLeft, CheckStatus status, params Finding[] findings)
    {
        var leaf = Certificate(host, "Lab Intermediate", leafDaysLeft);
        var intermediate = Certificate("Lab Intermediate", "Lab Root", 900, isCa: true);
        var root = Certificate("Lab Root", "Lab Root", 3000, isCa: true);
        var valid = findings.All(f => f.Severity == Severity.Info);
        var path = new CandidatePath([leaf, intermediate, root], true, []);
        var validation = new PathValidation(path, [path], new NameMatch(host, true, false, [host]));
        var facts = new ServedChainFacts(true, false, 0, 0, true, null, null);
        IReadOnlyList<ClientVerdict> verdicts = valid
            ? [Accepted(ClientId.Chrome, "Chrome / Edge"), Accepted(ClientId.Firefox, "Firefox")]
            : [Accepted(ClientId.Chrome, "Chrome / Edge"), Rejected(ClientId.Firefox, "Firefox", "SEC_ERROR_UNKNOWN_ISSUER")];
        var analysis = new ChainAnalysis(validation, facts, findings, verdicts);
        var observation = new HandshakeObservation
        {
            Address = "127.0.0.1", Port = port, ServerName = host, Outcome = HandshakeOutcome.Completed,
            ServedCertificates = [leaf.Der, intermediate.Der], Protocol = "TLSv1.3", CipherSuite = "TLS_AES_256_GCM_SHA384",
            ConnectTime = TimeSpan.FromMilliseconds(1), HandshakeTime = TimeSpan.FromMilliseconds(12),
        };
        var target = new Target($"{host}:{port}", host, port, host, null, null);
        return new TargetReport(target, status, [new AddressReport("127.0.0.1", observation, [leaf, intermediate], analysis)],
            findings, null, Now, TimeSpan.FromMilliseconds(15));
    }

    public static TargetReport Unreachable(string host, int port)
    {
        var observation = new HandshakeObservation
        {
            Address = "127.0.0.1", Port = port, ServerName = host, Outcome = HandshakeOutcome.ConnectionRefused,
            Error = "connection refused",
        };
        var target = new Target($"{host}:{port}", host, port, host, null, null);
        return new TargetReport(target, CheckStatus.Unknown, [new AddressReport("127.0.0.1", observation, [], null)],
            [], "127.0.0.1: connection refused", Now, TimeSpan.FromMilliseconds(2));
    }
}
