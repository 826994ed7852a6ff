using Certwatch.X509.Analysis;
using Certwatch.X509.Chain;
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

    /// <summary>Each client judged on its own validation: its issuer sources (AIA, preloaded set) and policy (<see cref="ClientVerification"/>).</summary>
    public static IReadOnlyList<ClientVerdict> Predict(ChainAnalysisInput input) =>
        Profiles.Select(p => PredictOne(p, input)).ToList();

    public static ClientVerdict PredictOne(ClientProfile profile, ChainAnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Served.Count == 0)
        {
            return profile.Judge(ChainDiagnosisBuilder.Build(input, new PathValidation(new CandidatePath([], false, []), [], null)) with { Evidence = input.Evidence });
        }

        var validation = ClientPathVerifier.Verify(profile, input, input.Evidence);
        return profile.Judge(ChainDiagnosisBuilder.Build(input, validation) with { Evidence = input.Evidence });
    }

    public static ClientVerdict Predict(ChainDiagnosis diagnosis, ClientId client) =>
        Profiles.Single(p => p.Id == client).Judge(diagnosis);
}
