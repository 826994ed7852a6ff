namespace Certwatch.X509.Model;

/// <summary>Where a certificate sits in a validated path.</summary>
public enum CertificatePosition
{
    Leaf,
    Intermediate,
    Root,
}
