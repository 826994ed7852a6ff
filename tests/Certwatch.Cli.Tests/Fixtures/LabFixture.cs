using Certwatch.TestKit.Lab;

namespace Certwatch.Cli.Tests.Fixtures;

/// <summary>One running lab for every test in the "lab" collection (key generation makes starting it slow), with its root as a PEM file.</summary>
public sealed class LabFixture : IAsyncLifetime
{
    private string? _directory;

    public LabHost Host { get; private set; } = null!;

    public string CaFile { get; private set; } = "";

    public Task InitializeAsync()
    {
        Host = LabHost.Start(TimeProvider.System.GetUtcNow());
        _directory = Directory.CreateTempSubdirectory("certwatch-cli-tests-").FullName;
        CaFile = Path.Combine(_directory, "lab-root.pem");
        File.WriteAllText(CaFile, Host.Lab.TrustAnchorPem);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>
    /// certwatch check arguments for one scenario, trusting the lab root. Lab certificates point AIA at a closed
    /// port on purpose, so network fetching is off (as with <c>check --lab</c>) and AIA clients are predicted.
    /// </summary>
    public string[] CheckArgs(string scenario, params string[] more) =>
        [.. Host[scenario].CheckArguments.Split(' '), "--ca-file", CaFile, "--no-fetch", .. more];
}
