namespace Certwatch.Cli.Tests.Scan;

/// <summary>A trust store file (the test root) for runs that must get past trust loading; deleted after the class.</summary>
public sealed class ScanCaFile : IDisposable
{
    public ScanCaFile()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"certwatch-scan-tests-{Guid.NewGuid():N}-ca.pem");
        File.WriteAllText(Path, RealServers.RealServerChain.Chain.Root.Pem);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
