using Certwatch.Tls;

namespace Certwatch.Tls.Tests;

public sealed class OpenSslLegacyPolicyTests
{
    [Fact]
    public void Enable_AfterModuleInitializer_PointsOpenSslAtSecurityLevelZero()
    {
        OpenSslLegacyPolicy.Enable(); // idempotent: the module initializer ran it already

        var path = Environment.GetEnvironmentVariable("OPENSSL_CONF");
        path.ShouldNotBeNullOrEmpty();
        if (OpenSslLegacyPolicy.ConfigPath is null)
        {
            return; // the user's own OPENSSL_CONF wins; nothing of ours to inspect
        }

        path.ShouldBe(OpenSslLegacyPolicy.ConfigPath);
        var config = File.ReadAllText(path);
        config.ShouldContain("CipherString = ALL:!aNULL:@SECLEVEL=0");
        config.ShouldContain("MinProtocol = None");
    }
}
