using Certwatch.X509.Chain;
using Certwatch.X509.Verdicts;
using Shouldly;
using Xunit;

namespace Certwatch.X509.Tests.Verdicts;

public class ClientProfileTests
{
    public static TheoryData<ClientId> Clients() => new(Enum.GetValues<ClientId>());

    [Theory]
    [MemberData(nameof(Clients))]
    public void Rules_EveryProblemKind_HasExactlyOneRow(ClientId client)
    {
        var profile = ClientVerdictEngine.Profiles.Single(p => p.Id == client);

        foreach (var kind in Enum.GetValues<ProblemKind>())
        {
            profile.Rules.Count(r => r.Kind == kind).ShouldBe(1, $"{profile.Name} has no single row for {kind}");
        }
    }

    [Fact]
    public void Profiles_EveryClient_HasOneProfile()
    {
        ClientVerdictEngine.Profiles.Select(p => p.Id).ShouldBe(Enum.GetValues<ClientId>(), ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public void Rules_NonBrowser_NeverBypassable(ClientId client)
    {
        var profile = ClientVerdictEngine.Profiles.Single(p => p.Id == client);
        var errors = profile.Rules.SelectMany(r => new[] { r.OnLeaf, r.OnIssuer }).OfType<ClientError>().ToList();

        errors.ShouldNotBeEmpty();
        if (!profile.IsBrowser)
        {
            errors.ShouldAllBe(e => !e.Bypassable);
        }
    }
}
