using System.Formats.Asn1;
using Certwatch.X509.Model;

namespace Certwatch.X509.Conformance;

/// <summary>
/// The certificate-profile rules of RFC 5280 §4 and the CA/B Forum Baseline Requirements §7.1 that the
/// x509-limbo suite tests (as pyca/cryptography and webpki enforce them) but that browsers and TLS libraries
/// do not reject in practice. They are applied by the harness to the chosen path only, never by
/// <see cref="Chain.ChainVerifier"/>, whose verdicts predict what real clients do.
/// </summary>
internal static class LimboProfileChecks
{
    private const string SubjectKeyIdOid = "2.5.29.14";
    private const string KeyUsageOid = "2.5.29.15";
    private const string SubjectAltNameOid = "2.5.29.17";
    private const string BasicConstraintsOid = "2.5.29.19";
    private const string AuthorityKeyIdOid = "2.5.29.35";
    private const string ExtendedKeyUsageOid = "2.5.29.37";
    private const string AuthorityInfoAccessOid = "1.3.6.1.5.5.7.1.1";
    private const string AnyExtendedKeyUsageOid = "2.5.29.37.0";
    private static readonly byte[] EmptyName = [0x30, 0x00];

    public static IEnumerable<string> Check(IReadOnlyList<CertificateInfo> path, bool endsAtAnchor)
    {
        var problems = new List<string>();
        for (var index = 0; index < path.Count; index++)
        {
            var certificate = path[index];
            var isRoot = endsAtAnchor && index == path.Count - 1 && index > 0;
            var report = (string rule) => problems.Add($"{Role(index, isRoot)} '{certificate.DisplayName}' {rule}");
            CheckEvery(certificate, report);
            if (index == 0)
            {
                CheckLeaf(certificate, report);
            }
            else
            {
                CheckCa(certificate, report);
            }

            if (isRoot)
            {
                CheckRoot(certificate, report);
            }
            else if (!(index == 0 && path.Count == 1))
            {
                CheckAuthorityKeyIdPresent(certificate, report);
            }
        }

        return problems;
    }

    private static void CheckEvery(CertificateInfo certificate, Action<string> report)
    {
        if (certificate.Extensions.GroupBy(e => e.Oid).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            report($"has extension {duplicate.Key} more than once (RFC 5280 §4.2)");
        }

        foreach (var oid in new[] { AuthorityKeyIdOid, SubjectKeyIdOid, AuthorityInfoAccessOid })
        {
            if (Extension(certificate, oid) is { Critical: true })
            {
                report($"marks extension {oid} critical; RFC 5280 §4.2.1.1/§4.2.1.2/§4.2.2.1 require it non-critical");
            }
        }

        if (Extension(certificate, AuthorityInfoAccessOid) is { Recognized: false })
        {
            report("has a malformed authorityInfoAccess extension (RFC 5280 §4.2.2.1)");
        }

        if (SerialProblem(Convert.FromHexString(certificate.SerialNumber)) is { } serial)
        {
            report(serial);
        }

        if (certificate.IssuerNameDer.AsSpan().SequenceEqual(EmptyName))
        {
            report("has an empty issuer name (RFC 5280 §4.1.2.4: the issuer MUST be a non-empty distinguished name)");
        }
    }

    /// <summary>RFC 5280 §4.1.2.2: a positive integer of at most 20 octets.</summary>
    private static string? SerialProblem(byte[] serial)
    {
        var magnitude = serial.Length > 1 && serial[0] == 0 ? serial.AsSpan(1) : serial.AsSpan();
        if (serial.Length == 0 || serial.All(b => b == 0))
        {
            return "has serial number 0; RFC 5280 §4.1.2.2 requires a positive integer";
        }

        if (serial[0] >= 0x80)
        {
            return "has a negative serial number (RFC 5280 §4.1.2.2)";
        }

        return magnitude.Length > 20 ? $"has a {magnitude.Length}-octet serial number; RFC 5280 §4.1.2.2 allows at most 20" : null;
    }

    private static void CheckLeaf(CertificateInfo leaf, Action<string> report)
    {
        var san = Extension(leaf, SubjectAltNameOid);
        var emptySubject = leaf.SubjectNameDer.AsSpan().SequenceEqual(EmptyName);
        if (san is { Critical: false } && emptySubject)
        {
            report("has an empty subject but a non-critical subjectAltName (RFC 5280 §4.2.1.6: it MUST then be critical)");
        }

        if (san is { Critical: true } && !emptySubject)
        {
            report("has a critical subjectAltName with a non-empty subject (CA/B BR §7.1.2.7.12)");
        }

        // An absent EKU (any purpose, RFC 5280 §4.2.1.12) is accepted, as every client does; the suite also expects both.
        if (Extension(leaf, ExtendedKeyUsageOid) is { } eku && (eku.Critical || leaf.ExtendedKeyUsage?.Contains(AnyExtendedKeyUsageOid) == true))
        {
            report("has a critical extendedKeyUsage or anyExtendedKeyUsage (CA/B BR §7.1.2.7.10)");
        }

        if (!leaf.IsCa && leaf.KeyUsage?.Contains("keyCertSign") == true)
        {
            report("asserts keyCertSign without basicConstraints cA=TRUE (RFC 5280 §4.2.1.3)");
        }

        if (leaf.PublicKey.Algorithm.Equals("DSA", StringComparison.OrdinalIgnoreCase))
        {
            report("has a DSA key; CA/B BR §6.1.5 allows only RSA and ECDSA P-256/384/521");
        }
    }

    private static void CheckCa(CertificateInfo ca, Action<string> report)
    {
        if (ca.SubjectNameDer.AsSpan().SequenceEqual(EmptyName))
        {
            report("is a CA with an empty subject name (RFC 5280 §4.1.2.6)");
        }

        if (ca.SubjectKeyId is null)
        {
            report("is a CA without subjectKeyIdentifier (RFC 5280 §4.2.1.2: it MUST be present)");
        }

        if (Extension(ca, BasicConstraintsOid) is { Critical: false } && Extension(ca, KeyUsageOid) is not null)
        {
            report("is a CA whose basicConstraints is not critical (RFC 5280 §4.2.1.9)");
        }
    }

    /// <summary>CA/B BR §7.1.2.1: a root's AKI, if present, is keyIdentifier only, equal to its SKI; a root has no EKU.</summary>
    private static void CheckRoot(CertificateInfo root, Action<string> report)
    {
        if (Extension(root, ExtendedKeyUsageOid) is not null)
        {
            report("is a root with extendedKeyUsage (CA/B BR §7.1.2.1.2: it MUST NOT be present)");
        }

        if (Extension(root, AuthorityKeyIdOid) is not { } aki)
        {
            // A cross-signed root (not self-issued) is an ordinary issued certificate: §4.2.1.1 requires the AKI.
            if (!root.IsSelfIssued)
            {
                CheckAuthorityKeyIdPresent(root, report);
            }

            return;
        }

        var (keyId, hasIssuer, hasSerial) = ReadAuthorityKeyId(aki.Value);
        if (keyId is null || hasIssuer || hasSerial || !string.Equals(keyId, root.SubjectKeyId, StringComparison.OrdinalIgnoreCase))
        {
            report("is a root whose authorityKeyIdentifier is not just a keyIdentifier equal to its subjectKeyIdentifier (CA/B BR §7.1.2.1.3)");
        }
    }

    /// <summary>RFC 5280 §4.2.1.1: every certificate except a self-signed root carries authorityKeyIdentifier with keyIdentifier.</summary>
    private static void CheckAuthorityKeyIdPresent(CertificateInfo certificate, Action<string> report)
    {
        if (certificate.AuthorityKeyId is null)
        {
            report("has no authorityKeyIdentifier keyIdentifier (RFC 5280 §4.2.1.1: it MUST be present)");
        }
    }

    private static (string? KeyId, bool HasIssuer, bool HasSerial) ReadAuthorityKeyId(byte[] value)
    {
        try
        {
            var sequence = new AsnReader(value, AsnEncodingRules.DER).ReadSequence();
            string? keyId = null;
            bool hasIssuer = false, hasSerial = false;
            while (sequence.HasData)
            {
                var tag = sequence.PeekTag();
                var encoded = sequence.ReadEncodedValue();
                switch (tag.TagValue)
                {
                    case 0:
                        keyId = Convert.ToHexString(new AsnReader(encoded, AsnEncodingRules.DER).ReadOctetString(new Asn1Tag(TagClass.ContextSpecific, 0)));
                        break;
                    case 1:
                        hasIssuer = true;
                        break;
                    default:
                        hasSerial = true;
                        break;
                }
            }

            return (keyId, hasIssuer, hasSerial);
        }
        catch (AsnContentException)
        {
            return (null, true, true);
        }
    }

    private static ExtensionInfo? Extension(CertificateInfo certificate, string oid) => certificate.Extensions.FirstOrDefault(e => e.Oid == oid);

    private static string Role(int index, bool isRoot) => index == 0 ? "leaf" : isRoot ? "root" : $"intermediate #{index}";
}
