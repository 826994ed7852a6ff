using Certwatch.X509.Analysis;
using Certwatch.X509.Verdicts.Profiles;

namespace Certwatch.X509.Verdicts;

/// <summary>Predicts, for each client profile, what that client shows for a diagnosed chain.</summary>
public static class ClientVerdictEngine
{
    public static IReadOnlyList<ClientProfile> Profiles { get; } =
    [
        new ChromeProfile(), new FirefoxProfile(), new SafariProfile(), new OpenSslProfile(), new GoProfile(), new JavaProfile(),
    ];

    public static IReadOnlyList<ClientVerdict> Predict(ChainDiagnosis diagnosis) =>
        Profiles.Select(p => p.Judge(diagnosis)).ToList();

    public static ClientVerdict Predict(ChainDiagnosis diagnosis, ClientId client) =>
        Profiles.Single(p => p.Id == client).Judge(diagnosis);
}
