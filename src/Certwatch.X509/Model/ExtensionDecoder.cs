using System.Formats.Asn1;

namespace Certwatch.X509.Model;

/// <summary>
/// Decodes the extensions Certwatch processes into <see cref="ExtensionFacts"/>. An extension listed
/// here is <see cref="ExtensionInfo.Recognized"/>; a malformed one makes the certificate malformed,
/// as it does for browsers (an undecodable SAN or basicConstraints cannot be judged).
/// </summary>
internal static class ExtensionDecoder
{
    private delegate void Decoder(AsnReader value, ExtensionFacts facts, bool critical);

    private static readonly Dictionary<string, (string Name, Decoder Decode)> Decoders = new()
    {
        ["2.5.29.14"] = ("subjectKeyIdentifier", (r, f, _) => f.SubjectKeyId = Convert.ToHexString(r.ReadOctetString())),
        ["2.5.29.15"] = ("keyUsage", (r, f, _) => f.KeyUsage = KeyUsageNames(r)),
        ["2.5.29.17"] = ("subjectAltName", (r, f, _) => ReadSubjectAltName(r.ReadSequence(), f)),
        ["2.5.29.19"] = ("basicConstraints", (r, f, critical) => f.BasicConstraints = ReadBasicConstraints(r.ReadSequence(), critical)),
        ["2.5.29.30"] = ("nameConstraints", (r, f, critical) => f.NameConstraints = NameConstraintsDecoder.Read(r.ReadSequence(), critical)),
        ["2.5.29.31"] = ("cRLDistributionPoints", (r, f, _) => AccessLocationDecoder.ReadCrlDistributionPoints(r.ReadSequence(), f.CrlUrls)),
        ["2.5.29.32"] = ("certificatePolicies", (r, f, _) => ReadPolicies(r.ReadSequence(), f.PolicyOids)),
        ["2.5.29.33"] = ("policyMappings", (r, _, _) => ReadPolicyMappings(r.ReadSequence())),
        ["2.5.29.35"] = ("authorityKeyIdentifier", (r, f, _) => f.AuthorityKeyId = ReadAuthorityKeyId(r.ReadSequence())),
        ["2.5.29.36"] = ("policyConstraints", (r, _, _) => ReadPolicyConstraints(r.ReadSequence())),
        ["2.5.29.37"] = ("extKeyUsage", (r, f, _) => f.ExtendedKeyUsage = ReadOids(r.ReadSequence())),
        ["2.5.29.54"] = ("inhibitAnyPolicy", (r, _, _) => r.ReadIntegerBytes()),
        ["1.3.6.1.5.5.7.1.1"] = ("authorityInfoAccess", (r, f, _) => AccessLocationDecoder.ReadAuthorityInfoAccess(r.ReadSequence(), f)),
        ["1.3.6.1.5.5.7.1.24"] = ("tlsFeature", (r, f, _) => f.MustStaple = ReadTlsFeatures(r.ReadSequence())),
        ["1.3.6.1.4.1.11129.2.4.2"] = ("signedCertificateTimestampList", (r, f, _) => f.SctCount = SctListReader.Count(r.ReadOctetString())),
    };

    private static readonly string[] KeyUsageBits =
        ["digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"];

    /// <summary>
    /// Informational extensions (where to fetch issuers, CRLs, OCSP): a malformed one is left
    /// unprocessed (not recognized) instead of condemning the whole certificate; no client validates them.
    /// </summary>
    private static readonly HashSet<string> Informational = ["2.5.29.31", "1.3.6.1.5.5.7.1.1"];

    /// <summary>Decodes one extension into <paramref name="facts"/>; false when Certwatch does not process it.</summary>
    public static bool Apply(string oid, bool critical, ReadOnlyMemory<byte> value, ExtensionFacts facts)
    {
        if (!Decoders.TryGetValue(oid, out var decoder))
        {
            return false;
        }

        try
        {
            DerSection.Read($"{decoder.Name} extension", () =>
            {
                var reader = new AsnReader(value, AsnEncodingRules.DER);
                decoder.Decode(reader, facts, critical);
                reader.ThrowIfNotEmpty();
                return true;
            });
            return true;
        }
        catch (MalformedCertificateException) when (Informational.Contains(oid))
        {
            return false;
        }
    }

    /// <summary>RFC 5280 §4.2.1.3: a named bit list, bit 0 first.</summary>
    private static List<string> KeyUsageNames(AsnReader reader)
    {
        var bits = reader.ReadBitString(out _);
        return KeyUsageBits.Where((_, i) => i / 8 < bits.Length && (bits[i / 8] & (0x80 >> (i % 8))) != 0).ToList();
    }

    private static void ReadSubjectAltName(AsnReader names, ExtensionFacts facts)
    {
        foreach (var name in GeneralName.ReadAll(names))
        {
            if (name.Tag == GeneralName.DnsTag)
            {
                facts.DnsNames.Add(name.Text);
            }
            else if (name.Tag == GeneralName.IpTag && name.Address is { } address)
            {
                facts.IpAddresses.Add(address);
            }
        }
    }

    /// <summary>RFC 5280 §4.2.1.9: cA defaults to FALSE; pathLenConstraint is optional.</summary>
    private static BasicConstraintsInfo ReadBasicConstraints(AsnReader sequence, bool critical)
    {
        var isCa = sequence.HasData && sequence.PeekTag() == Asn1Tag.Boolean && sequence.ReadBoolean();
        int? pathLength = null;
        if (sequence.HasData)
        {
            pathLength = ReadSmallInteger(sequence);
        }

        return new BasicConstraintsInfo(isCa, pathLength, critical);
    }

    /// <summary>Only the policy identifiers matter here; qualifiers (CPS URIs, notices) are skipped.</summary>
    private static void ReadPolicies(AsnReader policies, List<string> oids)
    {
        while (policies.HasData)
        {
            var information = policies.ReadSequence();
            oids.Add(information.ReadObjectIdentifier());
        }
    }

    private static void ReadPolicyMappings(AsnReader mappings)
    {
        while (mappings.HasData)
        {
            var mapping = mappings.ReadSequence();
            mapping.ReadObjectIdentifier();
            mapping.ReadObjectIdentifier();
            mapping.ThrowIfNotEmpty();
        }
    }

    /// <summary>RFC 5280 §4.2.1.11: requireExplicitPolicy [0] and inhibitPolicyMapping [1], both SkipCerts.</summary>
    private static void ReadPolicyConstraints(AsnReader constraints)
    {
        foreach (var tagNumber in new[] { 0, 1 })
        {
            var tag = new Asn1Tag(TagClass.ContextSpecific, tagNumber);
            if (constraints.HasData && constraints.PeekTag() == tag)
            {
                constraints.ReadIntegerBytes(tag);
            }
        }
    }

    /// <summary>RFC 5280 §4.2.1.1: only keyIdentifier [0] is kept; issuer+serial forms are ignored.</summary>
    private static string? ReadAuthorityKeyId(AsnReader sequence)
    {
        var keyIdTag = new Asn1Tag(TagClass.ContextSpecific, 0);
        var keyId = sequence.HasData && sequence.PeekTag() == keyIdTag ? Convert.ToHexString(sequence.ReadOctetString(keyIdTag)) : null;
        while (sequence.HasData)
        {
            sequence.ReadEncodedValue();
        }

        return keyId;
    }

    private static List<string> ReadOids(AsnReader sequence)
    {
        var oids = new List<string>();
        while (sequence.HasData)
        {
            oids.Add(sequence.ReadObjectIdentifier());
        }

        return oids;
    }

    /// <summary>RFC 7633 §6: a SEQUENCE of TLS extension numbers; 5 (status_request) means must-staple.</summary>
    private static bool ReadTlsFeatures(AsnReader features)
    {
        var mustStaple = false;
        while (features.HasData)
        {
            mustStaple |= ReadSmallInteger(features) == 5;
        }

        return mustStaple;
    }

    /// <summary>An INTEGER clamped to 0..int.MaxValue (a huge pathLenConstraint means "no limit" in practice).</summary>
    private static int ReadSmallInteger(AsnReader reader)
    {
        if (reader.TryReadInt32(out var value))
        {
            return Math.Max(value, 0);
        }

        return reader.ReadIntegerBytes().Span[0] >= 0x80 ? 0 : int.MaxValue;
    }
}
