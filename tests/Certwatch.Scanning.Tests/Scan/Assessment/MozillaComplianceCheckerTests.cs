using Certwatch.Scanning.Scan;
using Shouldly;
using Xunit;

namespace Certwatch.Scanning.Tests.Scan.Assessment;

/// <summary>Mozilla server-side TLS 5.7 profiles against hand-built servers: compliance and each deviation line.</summary>
public sealed class MozillaComplianceCheckerTests
{
    public static TheoryData<string, LeafKey, string, bool, string[]> Cases => new()
    {
        // server, leaf key, profile, compliant, deviations that must be listed
        { "modern", LeafKey.EcP256, "modern", true, [] },
        { "modern", LeafKey.Rsa2048, "modern", false, ["certificate key RSA 2048 (the profile wants ECDSA)", "certificate signed with sha256WithRSAEncryption (the profile allows ecdsa-with-SHA256, ecdsa-with-SHA384, ecdsa-with-SHA512)"] },
        { "intermediate", LeafKey.Rsa2048, "intermediate", true, [] },
        { "intermediate", LeafKey.Rsa2048, "modern", false, ["TLSv1.2 enabled (the modern profile allows TLSv1.3)", "cipher ECDHE-RSA-AES128-GCM-SHA256 not in the profile (accepted on TLSv1.2)"] },
        { "intermediate", LeafKey.Rsa2048, "old", false, ["the server does not enforce its cipher order (the old profile wants server order)"] },
        {
            "weak", LeafKey.Rsa2048, "intermediate", false,
            ["TLSv1.1 enabled (the intermediate profile allows TLSv1.2, TLSv1.3)", "TLSv1.0 enabled (the intermediate profile allows TLSv1.2, TLSv1.3)", "TLSv1.3 not enabled",
             "cipher DES-CBC3-SHA not in the profile (accepted on TLSv1.2, TLSv1.1, TLSv1.0)", "DHE parameters of 1024 bits (the profile requires at least 2048, e.g. ffdhe2048)"]
        },
        { "weak", LeafKey.Rsa2048, "old", false, ["TLSv1.3 not enabled", "cipher DHE-RSA-AES128-SHA not in the profile (accepted on TLSv1.2, TLSv1.1, TLSv1.0)"] },
        { "rsa-1024", LeafKey.Rsa1024, "intermediate", false, ["certificate key RSA 1024 bits (the profile requires at least 2048)"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Server_ComplianceAndDeviations(string server, LeafKey key, string profile, bool compliant, string[] deviations)
    {
        var facts = server == "rsa-1024" ? TestServers.Intermediate() : ScanAnalyzerTests.Server(server);

        var result = ScanAnalyzer.Assess(facts, CertificateReports.Build(key)).Mozilla.Single(m => m.Profile == profile);

        result.Compliant.ShouldBe(compliant);
        deviations.Where(d => !result.Deviations.Contains(d)).ShouldBeEmpty();
        if (compliant)
        {
            result.Deviations.ShouldBeEmpty();
        }
    }

    [Fact]
    public void Check_WeakAgainstOld_Tls10AndItsCbcSuitesAreNoDeviation()
    {
        var old = ScanAnalyzer.Assess(TestServers.Weak(), CertificateReports.Good()).Mozilla.Single(m => m.Profile == "old");

        old.Deviations.ShouldNotContain(d => d.Contains("ECDHE-RSA-AES128-SHA ", StringComparison.Ordinal));
        old.Deviations.ShouldNotContain(d => d.Contains("DES-CBC3-SHA", StringComparison.Ordinal));
        old.Deviations.ShouldNotContain(d => d.StartsWith("TLSv1.0", StringComparison.Ordinal));
    }
}
