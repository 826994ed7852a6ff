namespace Certwatch.TestKit.Servers.Pki;

/// <summary>The status the loopback responder reports for a serial (RFC 6960 §2.2).</summary>
public enum OcspCertStatus
{
    Good,
    Revoked,
    Unknown,
}
