using System.Net;
using System.Security.Cryptography;
using Certwatch.Core.Findings;
using Certwatch.TestKit.Pki;

namespace Certwatch.TestKit.Lab;

/// <summary>Every scenario the lab serves, each a deployment mistake seen in the wild (or a healthy control).</summary>
public static class LabScenarios
{
    public const string DefaultName = "localhost";

    private const string OneYearHsts = "max-age=31536000";

    public static IReadOnlyList<LabScenario> All { get; } =
    [
        Scenario("valid", "a correct deployment: leaf + intermediate, trusted root, right name", [], CheckStatus.Ok,
            pki => Chain(pki.Leaf(DefaultName), pki.Intermediate)),
        Scenario("expired", "the leaf expired 3 days ago", [FindingIds.CertExpired], CheckStatus.Critical,
            pki => Chain(pki.Leaf(DefaultName, s => s with { NotBefore = pki.Now.AddDays(-93), NotAfter = pki.Now.AddDays(-3) }), pki.Intermediate)),
        Scenario("expiring-soon", "the leaf expires in 20 days: renewal should have happened", [FindingIds.CertExpiring], CheckStatus.Warning,
            pki => Chain(pki.Leaf(DefaultName, s => s with { NotBefore = pki.Now.AddDays(-70), NotAfter = pki.Now.AddDays(20) }), pki.Intermediate)),
        Scenario("not-yet-valid", "the leaf becomes valid in 2 days (clock skew or early deploy)", [FindingIds.CertNotYetValid], CheckStatus.Critical,
            pki => Chain(pki.Leaf(DefaultName, s => s with { NotBefore = pki.Now.AddDays(2), NotAfter = pki.Now.AddDays(92) }), pki.Intermediate)),
        Scenario("expired-intermediate", "the leaf is valid but the intermediate sent with it expired 10 days ago", [FindingIds.ChainIntermediateExpired], CheckStatus.Critical,
            ExpiredIntermediate),
        Scenario("incomplete-chain", "only the leaf is sent (cert.pem instead of fullchain.pem); its AIA URL names the missing issuer", [FindingIds.ChainIncomplete], CheckStatus.Critical,
            pki => Chain(pki.Leaf(DefaultName))),
        Scenario("wrong-order", "two intermediates sent in reverse order (leaf, upper CA, issuing CA)", [FindingIds.ChainOrder], CheckStatus.Warning,
            WrongOrder),
        Scenario("root-sent", "the root is sent along with the chain", [FindingIds.ChainRootSent], CheckStatus.Ok,
            pki => Chain(pki.Leaf(DefaultName), pki.Intermediate, pki.Root)),
        Scenario("self-signed", "a self-signed leaf, issued by nobody", [FindingIds.CertSelfSigned], CheckStatus.Critical,
            pki => Chain(pki.Leaf(DefaultName, s => s with { Issuer = null }))),
        Scenario("untrusted-root", "a complete chain, root included, up to a private root that is not in the trust store", [FindingIds.ChainUntrustedRoot], CheckStatus.Critical,
            pki => Chain(pki.Leaf(DefaultName, issuer: pki.UntrustedIntermediate), pki.UntrustedIntermediate, pki.UntrustedRoot)),
        Scenario("wrong-host", "the certificate is for other.example, not the name asked for", [FindingIds.HostMismatch], CheckStatus.Critical,
            pki => Chain(pki.Leaf("other.example"), pki.Intermediate)),
        Scenario("cn-only", "the name is only in the subject CN, with no subjectAltName (rejected by browsers since 2017)", [FindingIds.HostCnOnly], CheckStatus.Critical,
            pki => Chain(pki.Leaf(DefaultName, s => s with { DnsNames = [] }), pki.Intermediate)),
        Scenario("wildcard", "a *.lab.localhost wildcard matching www.lab.localhost", [], CheckStatus.Ok,
            pki => Chain(pki.Leaf("*.lab.localhost"), pki.Intermediate), expectedName: "www.lab.localhost"),
        Scenario("sha1", "the leaf is signed with SHA-1", [FindingIds.CertWeakSignature], CheckStatus.Critical,
            pki => Chain(pki.Leaf(DefaultName, s => s with { SignatureHash = HashAlgorithmName.SHA1 }), pki.Intermediate)),
        Scenario("rsa1024", "the leaf has a 1024-bit RSA key", [FindingIds.CertWeakKey], CheckStatus.Critical,
            pki => Chain(pki.Leaf(DefaultName, s => s with { Key = TestKey.Rsa(1024) }), pki.Intermediate)),
        // Warning, not Critical: the lab root is private, and browsers enforce 398 days for public roots only.
        Scenario("long-validity", "the leaf is valid for 730 days, over the 398-day limit for public CAs", [FindingIds.CertValidityTooLong], CheckStatus.Warning,
            pki => Chain(pki.Leaf(DefaultName, s => s with { NotBefore = pki.Now.AddDays(-30), NotAfter = pki.Now.AddDays(700) }), pki.Intermediate)),
        Scenario("reused-serial", "a second, different certificate with the same issuer and serial is sent too", [FindingIds.ChainReusedIssuerSerial], CheckStatus.Critical,
            ReusedSerial),
        Scenario("ec-p256", "a correct deployment with an ECDSA P-256 leaf", [], CheckStatus.Ok,
            pki => Chain(pki.Leaf(DefaultName, s => s with { Key = TestKey.EcP256() }), pki.Intermediate)),
        Scenario("ip-san", "a certificate for the IP address 127.0.0.1 (iPAddress SAN), checked by IP without SNI", [], CheckStatus.Ok,
            pki => Chain(pki.Leaf("127.0.0.1", s => s with { DnsNames = [], IpAddresses = [IPAddress.Loopback] }), pki.Intermediate), expectedName: "127.0.0.1"),
        Scenario("hsts-expired", "an expired leaf on a host that sends HSTS: no browser lets users click through", [FindingIds.CertExpired, FindingIds.HttpHstsPresent], CheckStatus.Critical,
            pki => Chain(pki.Leaf(DefaultName, s => s with { NotBefore = pki.Now.AddDays(-93), NotAfter = pki.Now.AddDays(-3) }), pki.Intermediate) with { StrictTransportSecurity = OneYearHsts }),
        .. MailScenarios.All,
    ];

    public static LabScenario Get(string name) =>
        All.FirstOrDefault(s => s.Name == name) ?? throw new ArgumentException($"no lab scenario '{name}'", nameof(name));

    private static LabScenario Scenario(string name, string shows, IReadOnlyList<string> findings, CheckStatus status,
        Func<LabPki, ServedChain> build, string expectedName = DefaultName) =>
        new(name, shows, findings, status, expectedName, build);

    private static ServedChain Chain(IssuedCertificate leaf, params IssuedCertificate[] rest) => new(leaf, rest);

    private static ServedChain ExpiredIntermediate(LabPki pki)
    {
        var expired = pki.IntermediateCa("CN=Certwatch Lab Expired Issuing CA, O=Certwatch Lab",
            s => s with { NotBefore = pki.Now.AddYears(-3), NotAfter = pki.Now.AddDays(-10) });
        return Chain(pki.Leaf(DefaultName, issuer: expired), expired);
    }

    // root → upper CA (pathLen 1) → issuing CA → leaf, sent as [leaf, upper, issuing].
    private static ServedChain WrongOrder(LabPki pki)
    {
        var upper = pki.IntermediateCa("CN=Certwatch Lab Policy CA, O=Certwatch Lab", s => s with { BasicConstraints = BasicConstraintsSpec.Ca(1) });
        var issuing = pki.IntermediateCa("CN=Certwatch Lab Second-Level CA, O=Certwatch Lab", issuer: upper);
        return Chain(pki.Leaf(DefaultName, issuer: issuing), upper, issuing);
    }

    // RFC 5280 §4.1.2.2: serials are unique per issuer. Firefox rejects the second certificate it meets.
    private static ServedChain ReusedSerial(LabPki pki)
    {
        byte[] serial = [0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x01];
        var leaf = pki.Leaf(DefaultName, s => s with { SerialNumber = serial });
        var twin = pki.Leaf("twin." + DefaultName, s => s with { SerialNumber = serial });
        return Chain(leaf, pki.Intermediate, twin);
    }
}
