using Certwatch.TestKit.Pki;
using Certwatch.X509.Trust;
using Shouldly;
using Xunit;

namespace Certwatch.X509.Tests.Trust;

public sealed class IntermediateStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TestChain Chain = TestPki.CreateChain("store.lab.test", Now);
    private readonly string _directory = Directory.CreateTempSubdirectory("certwatch-intermediates-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Load_MissingFile_EmptyWithoutError()
    {
        var store = IntermediateStore.Load(Path.Combine(_directory, "none.pem"), out var error);

        store.Certificates.ShouldBeEmpty();
        error.ShouldBeNull();
    }

    [Fact]
    public void Remember_ChainSeen_SavesOnlyIntermediatesForTheNextRun()
    {
        var path = Path.Combine(_directory, "seen.pem");
        var store = IntermediateStore.Load(path, out _);

        store.Remember([Chain.Leaf.Info, Chain.Intermediate.Info, Chain.Root.Info]);

        store.Certificates.ShouldBeEmpty(); // this run's verdicts do not depend on what other targets served
        store.Save(out var error).ShouldBeTrue(error);
        IntermediateStore.Load(path, out _).Certificates.ShouldHaveSingleItem().DisplayName.ShouldBe("Certwatch Test Intermediate");
    }

    [Fact]
    public void Save_ThenLoad_RoundTripsOnceInANewFolder()
    {
        var path = Path.Combine(_directory, "cache", "certwatch", "intermediates.pem");
        var store = IntermediateStore.Load(path, out _);
        store.Remember([Chain.Intermediate.Info]);
        store.Remember([Chain.Intermediate.Info]);

        store.Save(out var error).ShouldBeTrue(error);
        store.Save(out _).ShouldBeTrue();

        var reloaded = IntermediateStore.Load(path, out _);
        reloaded.Certificates.ShouldHaveSingleItem().Sha256Fingerprint.ShouldBe(Chain.Intermediate.Info.Sha256Fingerprint);
        File.ReadAllText(path).Split("BEGIN CERTIFICATE").Length.ShouldBe(2);
    }

    [Fact]
    public void TryLoadBundle_PemFile_NamedAsBundleAndPublic()
    {
        var path = Path.Combine(_directory, "cacert.pem");
        File.WriteAllText(path, Chain.Root.Pem);

        TrustStore.TryLoadBundle(path, out var store, out var error).ShouldBeTrue(error);

        store!.Name.ShouldBe($"bundle: {path}");
        new Certwatch.X509.Analysis.ChainAnalysisInput([], [], store, Now, "x", Core.Findings.ExpiryPolicy.Default, false, null).AnchorsArePublicResolved.ShouldBeTrue();
    }
}
