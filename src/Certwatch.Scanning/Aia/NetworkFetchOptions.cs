namespace Certwatch.Scanning.Aia;

/// <summary>
/// Bounds of the PKI downloads a check makes (AIA caIssuers, OCSP, CRL). Browsers fetch by default, so
/// Certwatch does too; CI and tests switch it off with <see cref="Enabled"/> = false (then AIA clients
/// are predicted by assumption and revocation is not checked).
/// </summary>
/// <param name="Enabled">Network fetching allowed at all for this run.</param>
/// <param name="Timeout">Connect + read bound of one download.</param>
/// <param name="MaxAiaBytes">Largest caIssuers response read (a certificate or a small PKCS#7 is a few KiB).</param>
/// <param name="MaxRevocationBytes">Largest OCSP response or CRL read.</param>
/// <param name="MaxAiaDepth">At most this many caIssuers downloads per chain (each one climbs one level).</param>
/// <param name="Revocation">Check OCSP/CRL for the certificates of the path.</param>
/// <param name="StrictUsesAia"><c>check --aia</c>: the strict Certwatch analysis also uses downloaded intermediates.</param>
public sealed record NetworkFetchOptions(
    bool Enabled,
    TimeSpan Timeout,
    int MaxAiaBytes = 64 * 1024,
    int MaxRevocationBytes = 4 * 1024 * 1024,
    int MaxAiaDepth = 3,
    bool Revocation = true,
    bool StrictUsesAia = false)
{
    public static NetworkFetchOptions Disabled { get; } = new(false, TimeSpan.FromSeconds(5), Revocation: false);

    public static NetworkFetchOptions Default { get; } = new(true, TimeSpan.FromSeconds(5));
}
