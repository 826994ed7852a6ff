namespace Certwatch.Scanning.Caa;

/// <summary>
/// Which CAA issuer domains a CA honours, recognised from the issuer name of the leaf. The domains come
/// from each CA's CP/CPS section 4.2 ("CAA Records"), as required by CA/B BR §4.2.2. Anything else is an
/// unknown CA: Certwatch then shows what CAA allows without judging.
/// </summary>
public static class CertificateAuthorities
{
    /// <param name="Name">The CA as users know it.</param>
    /// <param name="IssuerMarkers">Text found in the issuer DN of the leaves it issues (O= or CN=).</param>
    /// <param name="CaaDomains">Issuer domain names it accepts in "issue" / "issuewild".</param>
    public sealed record Entry(string Name, IReadOnlyList<string> IssuerMarkers, IReadOnlyList<string> CaaDomains);

    public static IReadOnlyList<Entry> All { get; } =
    [
        new("Let's Encrypt", ["O=Let's Encrypt"], ["letsencrypt.org"]),
        new("Google Trust Services", ["O=Google Trust Services"], ["pki.goog", "google.com"]),
        new("Amazon", ["O=Amazon"], ["amazon.com", "amazontrust.com", "awstrust.com", "amazonaws.com"]),
        new("ZeroSSL (Sectigo)", ["O=ZeroSSL"], ["sectigo.com", "zerossl.com"]),
        new("Sectigo", ["O=Sectigo", "O=COMODO"], ["sectigo.com", "comodoca.com", "comodo.com", "usertrust.com", "trust-provider.com"]),
        new("DigiCert", ["O=DigiCert", "O=Thawte", "O=GeoTrust", "O=RapidSSL", "O=Symantec"],
            ["digicert.com", "thawte.com", "geotrust.com", "rapidssl.com", "symantec.com", "digitalcertvalidation.com"]),
        new("GlobalSign", ["O=GlobalSign"], ["globalsign.com"]),
        new("Entrust", ["O=Entrust"], ["entrust.net", "affirmtrust.com"]),
        new("GoDaddy", ["O=GoDaddy", "O=Starfield"], ["godaddy.com", "starfieldtech.com"]),
        new("Buypass", ["O=Buypass"], ["buypass.com", "buypass.no"]),
        new("SSL.com", ["O=SSL Corp", "O=SSL.com"], ["ssl.com"]),
        new("Certum (Asseco)", ["O=Asseco", "O=Unizeto"], ["certum.pl", "certum.eu"]),
        new("Actalis", ["O=Actalis"], ["actalis.it"]),
        new("HARICA", ["O=Hellenic Academic and Research Institutions"], ["harica.gr"]),
    ];

    /// <summary>The CA that issued a leaf with this issuer DN, or null for a CA Certwatch does not know.</summary>
    public static Entry? ByIssuer(string issuerDistinguishedName)
    {
        ArgumentNullException.ThrowIfNull(issuerDistinguishedName);
        return All.FirstOrDefault(e => e.IssuerMarkers.Any(m => issuerDistinguishedName.Contains(m, StringComparison.OrdinalIgnoreCase)));
    }
}
