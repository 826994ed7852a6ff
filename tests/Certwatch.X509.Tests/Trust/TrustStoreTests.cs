using System.Diagnostics;
using Certwatch.TestKit.Pki;
using Certwatch.X509.Trust;

namespace Certwatch.X509.Tests.Trust;

public sealed class TrustStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<TestChain> DefaultChain = new(() => TestPki.CreateChain("trust.example.test", Now));

    private static readonly Lazy<IssuedCertificate> OtherRoot = new(() => TestPki.RootSpec("CN=Other Root", Now, TestKey.EcP256()).Issue());

    private readonly string _directory = Directory.CreateTempSubdirectory("certwatch-truststore-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void FindBySubject_KnownSubject_ReturnsThatAnchorOnly()
    {
        var store = new TrustStore("test", [DefaultChain.Value.Root.Info, OtherRoot.Value.Info]);

        store.FindBySubject(DefaultChain.Value.Intermediate.Info.IssuerNameDer).ShouldHaveSingleItem().Sha256Fingerprint
            .ShouldBe(DefaultChain.Value.Root.Info.Sha256Fingerprint);
        store.FindBySubject(DefaultChain.Value.Leaf.Info.IssuerNameDer).ShouldBeEmpty();
    }

    [Fact]
    public void IsAnchor_SameCertificate_IsTrue()
    {
        var store = new TrustStore("test", [DefaultChain.Value.Root.Info]);

        store.IsAnchor(DefaultChain.Value.Root.Info).ShouldBeTrue();
        store.IsAnchor(DefaultChain.Value.Intermediate.Info).ShouldBeFalse();
    }

    [Fact]
    public void IsAnchor_ReissuedRootWithSameNameAndKey_IsTrue()
    {
        var root = DefaultChain.Value.Root;
        var reissued = (TestPki.RootSpec("CN=Certwatch Test Root, O=Certwatch Tests", Now.AddYears(2), root.Key)).Issue();
        var store = new TrustStore("test", [root.Info]);

        reissued.Info.Sha256Fingerprint.ShouldNotBe(root.Info.Sha256Fingerprint);
        store.IsAnchor(reissued.Info).ShouldBeTrue();
    }

    [Fact]
    public void IsAnchor_SameNameDifferentKey_IsFalse()
    {
        var impostor = TestPki.RootSpec("CN=Certwatch Test Root, O=Certwatch Tests", Now, TestKey.EcP256()).Issue();
        var store = new TrustStore("test", [DefaultChain.Value.Root.Info]);

        store.IsAnchor(impostor.Info).ShouldBeFalse();
        store.FindBySubject(impostor.Info.SubjectNameDer).ShouldHaveSingleItem();
    }

    [Fact]
    public void TryLoadFile_PemBundle_LoadsEveryCertificate()
    {
        var path = Write("roots.pem", "# comment\n" + DefaultChain.Value.Root.Pem + OtherRoot.Value.Pem);

        TrustStore.TryLoadFile(path, out var store, out var error).ShouldBeTrue(error);

        error.ShouldBeNull();
        store!.Name.ShouldBe(path);
        store.Anchors.Select(a => a.SubjectCommonName).ShouldBe(["Certwatch Test Root", "Other Root"]);
    }

    [Fact]
    public void TryLoadFile_DerCertificate_LoadsIt()
    {
        var path = Path.Combine(_directory, "root.der");
        File.WriteAllBytes(path, DefaultChain.Value.Root.Der);

        TrustStore.TryLoadFile(path, out var store, out var error).ShouldBeTrue(error);

        store!.IsAnchor(DefaultChain.Value.Root.Info).ShouldBeTrue();
    }

    [Fact]
    public void TryLoadFile_MissingFile_SaysSo()
    {
        var path = Path.Combine(_directory, "absent.pem");

        TrustStore.TryLoadFile(path, out var store, out var error).ShouldBeFalse();

        store.ShouldBeNull();
        error.ShouldBe($"{path}: no such file");
    }

    [Fact]
    public void TryLoadFile_EmptyFile_SaysSo()
    {
        var path = Write("empty.pem", "");

        TrustStore.TryLoadFile(path, out _, out var error).ShouldBeFalse();

        error.ShouldBe($"{path}: the file is empty");
    }

    [Fact]
    public void TryLoadFile_TextWithoutCertificates_SaysSo()
    {
        var path = Write("notes.txt", "these are not the certificates you are looking for\n");

        TrustStore.TryLoadFile(path, out _, out var error).ShouldBeFalse();

        error.ShouldNotBeNull().ShouldStartWith($"{path}: no usable certificates");
    }

    [Fact]
    public void TryLoadFile_Directory_SaysSo()
    {
        TrustStore.TryLoadFile(_directory, out _, out var error).ShouldBeFalse();

        error.ShouldBe($"{_directory}: is a directory, not a certificate file");
    }

    [Fact]
    public void TryLoadSystem_ThisMachine_LoadsManyAnchors()
    {
        if (!Directory.Exists("/etc/ssl/certs") && Environment.GetEnvironmentVariable("SSL_CERT_FILE") is null)
        {
            return; // no system store on this machine: nothing to check
        }

        TrustStore.TryLoadSystem(out var store, out var error).ShouldBeTrue(error);

        store!.Anchors.Count.ShouldBeGreaterThan(50);
        store.Name.ShouldStartWith("system");
        store.Anchors.ShouldAllBe(a => a.IsSelfIssued || a.IsCa);
    }

    [Fact]
    public void TryLoadSystem_SslCertFileSet_UsesThatFile()
    {
        // Only this class reads SSL_CERT_FILE in this assembly, and xunit runs a class's tests one at a time.
        var path = Write("bundle.pem", DefaultChain.Value.Root.Pem + OtherRoot.Value.Pem);
        var previous = Environment.GetEnvironmentVariable("SSL_CERT_FILE");
        Environment.SetEnvironmentVariable("SSL_CERT_FILE", path);
        try
        {
            TrustStore.TryLoadSystem(out var store, out var error).ShouldBeTrue(error);

            store!.Name.ShouldBe($"system (SSL_CERT_FILE): {path}");
            store.Anchors.Count.ShouldBe(2);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SSL_CERT_FILE", previous);
        }
    }

    [Fact]
    public void TryLoadSystem_SslCertFileMissing_Fails()
    {
        var path = Path.Combine(_directory, "missing.pem");
        var previous = Environment.GetEnvironmentVariable("SSL_CERT_FILE");
        Environment.SetEnvironmentVariable("SSL_CERT_FILE", path);
        try
        {
            TrustStore.TryLoadSystem(out var store, out var error).ShouldBeFalse();

            store.ShouldBeNull();
            error.ShouldBe($"SSL_CERT_FILE: {path}: no such file");
        }
        finally
        {
            Environment.SetEnvironmentVariable("SSL_CERT_FILE", previous);
        }
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
