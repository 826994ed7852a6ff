namespace Certwatch.Scanning.Scan.Assessment.Mozilla;

/// <summary>The certificate half of a Mozilla profile: key type, RSA size, EC curve, leaf signature algorithm.</summary>
internal static class MozillaCertificateRules
{
    public static IEnumerable<string> Deviations(ServerTlsView server, MozillaProfile profile)
    {
        if (server.Leaf is not { } leaf)
        {
            yield break;
        }

        var type = leaf.PublicKey.Algorithm switch
        {
            "RSA" => "rsa",
            "EC" => "ecdsa",
            var other => other.ToLowerInvariant(),
        };
        if (!profile.CertificateTypes.Contains(type))
        {
            yield return $"certificate key {leaf.PublicKey} (the profile wants {string.Join(" or ", profile.CertificateTypes.Select(t => t.ToUpperInvariant()))})";
        }
        else if (type == "rsa" && leaf.PublicKey.SizeBits < profile.MinRsaBits)
        {
            yield return $"certificate key RSA {leaf.PublicKey.SizeBits} bits (the profile requires at least {profile.MinRsaBits})";
        }
        else if (type == "ecdsa" && !profile.CertificateCurves.Contains(leaf.PublicKey.Curve ?? string.Empty))
        {
            yield return $"certificate curve {leaf.PublicKey.Curve} (the profile allows {string.Join(", ", profile.CertificateCurves)})";
        }

        if (!profile.CertificateSignatures.Contains(leaf.SignatureAlgorithm.Name))
        {
            yield return $"certificate signed with {leaf.SignatureAlgorithm.Name} (the profile allows {string.Join(", ", profile.CertificateSignatures)})";
        }
    }
}
