namespace Certwatch.Scanning.Http;

/// <summary>Outcome of the www subdomain check.</summary>
public enum WwwCheckStatus
{
    /// <summary>Not checked: the domain is not a registrable domain, checking is off, or there is no resolver.</summary>
    NotChecked,

    /// <summary>www does not resolve: nothing to check (hstspreload skips it too).</summary>
    NotResolved,

    /// <summary>www resolves but refuses TCP on the HTTPS port: hstspreload only fails a TLS error after TCP works.</summary>
    NoTcp,

    /// <summary>www completes a TLS handshake with a certificate browsers trust.</summary>
    TlsWorks,

    /// <summary>www accepts TCP but TLS fails or the certificate is not trusted.</summary>
    TlsFails,
}
