namespace Certwatch.TestKit.Servers.Pki;

/// <summary>How the loopback OCSP responder behaves.</summary>
public enum OcspResponderMode
{
    Normal,
    Stall,
    TryLater,
    Garbage,

    /// <summary>Signs with a key that is neither the issuer's nor an authorised responder's.</summary>
    WrongSigner,
}
