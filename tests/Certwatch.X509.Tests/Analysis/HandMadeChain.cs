using System.Net;
using System.Security.Cryptography;
using System.Text;
using Certwatch.Core.Findings;
using Certwatch.X509.Analysis;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;
using Certwatch.X509.Names;
using Certwatch.X509.Trust;

namespace Certwatch.X509.Tests.Analysis;

/// <summary>
/// Hand-made <see cref="CertificateInfo"/> and <see cref="PathValidation"/> records, so analysis and
/// verdict rules can be tested without the parser or the verifier.
/// </summary>
internal static class HandMadeChain
{
    public const string Address = "127.0.0.2";
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static CertificateInfo Cert(string cn, string issuerCn, string serial = "01", params string[] dns)
    {
        var der = Encoding.UTF8.GetBytes($"{cn}|{issuerCn}|{serial}|{string.Join(",", dns)}");
        return new CertificateInfo
        {
            Der = der,
            Version = 3,
            Subject = $"CN={cn}",
            Issuer = $"CN={issuerCn}",
            SubjectNameDer = Encoding.UTF8.GetBytes("CN=" + cn),
            IssuerNameDer = Encoding.UTF8.GetBytes("CN=" + issuerCn),
            SubjectCommonName = cn,
            IssuerCommonName = issuerCn,
            SerialNumber = serial,
            Sha256Fingerprint = Convert.ToHexString(SHA256.HashData(der)),
            SpkiSha256 = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("key " + cn))),
            NotBefore = Now.AddDays(-30),
            NotAfter = Now.AddDays(60),
            DnsNames = dns,
            IpAddresses = Array.Empty<IPAddress>(),
            PublicKey = new PublicKeyInfo("EC", 256, "P-256", "1.2.840.10045.2.1"),
            SignatureAlgorithm = new SignatureAlgorithmInfo("1.2.840.10045.4.3.2", "ecdsa-with-SHA256", "SHA256"),
            TbsDer = der,
            SignatureValue = [1],
            ExtendedKeyUsage = dns.Length > 0 ? ["1.3.6.1.5.5.7.3.1"] : null,
            BasicConstraints = dns.Length > 0 ? null : new BasicConstraintsInfo(true, null, true),
            CaIssuersUrls = [],
            OcspUrls = [],
            CrlUrls = [],
            PolicyOids = [],
            ValidationLevel = ValidationLevel.DomainValidated,
            SctCount = 0,
            MustStaple = false,
            Extensions = [],
        };
    }

    public static CertificateInfo Leaf(params string[] dns) =>
        Cert("www.example.com", "Test Intermediate", "10", dns.Length == 0 ? ["example.com", "www.example.com"] : dns);

    public static CertificateInfo Intermediate() => Cert("Test Intermediate", "Test Root", "20");

    public static CertificateInfo Root() => Cert("Test Root", "Test Root", "30");

    /// <summary>A good chain: leaf → intermediate → root (anchor).</summary>
    public static (IReadOnlyList<CertificateInfo> Served, PathValidation Validation) Good() =>
        MakeChain([Leaf(), Intermediate()], [Leaf(), Intermediate(), Root()], endsAtAnchor: true);

    public static (IReadOnlyList<CertificateInfo> Served, PathValidation Validation) MakeChain(
        IReadOnlyList<CertificateInfo> served, IReadOnlyList<CertificateInfo> path, bool endsAtAnchor,
        IReadOnlyList<CertificateProblem>? problems = null, NameMatch? name = null) =>
        (served, new PathValidation(new CandidatePath(path, endsAtAnchor, problems ?? []), [],
            name ?? new NameMatch("www.example.com", true, false, path.Count > 0 ? path[0].DnsNames : [])));

    public static CertificateProblem Problem(ProblemKind kind, CertificateInfo certificate, int index) =>
        new(kind, index == 0 ? CertificatePosition.Leaf : CertificatePosition.Intermediate, index, certificate, $"{kind} on {certificate.DisplayName}");

    public static ChainAnalysisInput Input(IReadOnlyList<CertificateInfo> served, bool publicRoots = true, bool hsts = false,
        string name = "www.example.com", DateTimeOffset? at = null, IReadOnlyList<string>? unparsable = null) =>
        new(served, unparsable ?? [], new TrustStore(publicRoots ? "system: test" : "file: test-ca.pem", []), at ?? Now, name,
            ExpiryPolicy.Default, hsts, Address)
        { AnchorsArePublic = publicRoots };

    public static ChainAnalysis Analyze((IReadOnlyList<CertificateInfo> Served, PathValidation Validation) chain,
        bool publicRoots = true, bool hsts = false, string name = "www.example.com", DateTimeOffset? at = null) =>
        ChainAnalyzer.FromValidation(Input(chain.Served, publicRoots, hsts, name, at), chain.Validation);
}
