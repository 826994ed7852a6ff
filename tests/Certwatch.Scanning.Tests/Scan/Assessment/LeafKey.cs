namespace Certwatch.Scanning.Tests.Scan.Assessment;

/// <summary>Leaf key kinds the scan tests need.</summary>
public enum LeafKey
{
    Rsa2048,
    Rsa1024,
    EcP256,
}
