using System.Formats.Asn1;
using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>
/// A CA's nameConstraints as GeneralSubtrees (RFC 5280 §4.2.1.10), decoded from the raw extension so every
/// name form is available. <see cref="Error"/> says why the extension itself is unusable (empty subtrees,
/// neither subtree present, trailing data): such a CA constrains everything below it to nothing.
/// </summary>
internal sealed record NameConstraintSet(IReadOnlyList<GeneralName> Permitted, IReadOnlyList<GeneralName> Excluded, string? Error)
{
    public const string Oid = "2.5.29.30";

    public static NameConstraintSet? Of(CertificateInfo certificate)
    {
        var extension = certificate.Extensions.FirstOrDefault(e => e.Oid == Oid);
        if (extension is null)
        {
            return null;
        }

        try
        {
            return Decode(extension.Value);
        }
        catch (AsnContentException e)
        {
            return new NameConstraintSet([], [], $"malformed nameConstraints: {e.Message}");
        }
    }

    private static NameConstraintSet Decode(byte[] value)
    {
        var outer = new AsnReader(value, AsnEncodingRules.DER);
        var constraints = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        var permitted = ReadSubtrees(constraints, 0);
        var excluded = ReadSubtrees(constraints, 1);
        constraints.ThrowIfNotEmpty();
        var error = (permitted, excluded) switch
        {
            (null, null) => "nameConstraints has neither permittedSubtrees nor excludedSubtrees (RFC 5280 §4.2.1.10: one MUST be present)",
            ({ Count: 0 }, _) or (_, { Count: 0 }) => "nameConstraints has an empty subtree list (RFC 5280 §4.2.1.10: SIZE (1..MAX))",
            _ => null,
        };
        return new NameConstraintSet(permitted ?? [], excluded ?? [], error);
    }

    private static List<GeneralName>? ReadSubtrees(AsnReader constraints, int tagNumber)
    {
        var tag = new Asn1Tag(TagClass.ContextSpecific, tagNumber, isConstructed: true);
        if (!constraints.HasData || constraints.PeekTag() != tag)
        {
            return null;
        }

        var subtrees = constraints.ReadSequence(tag);
        var names = new List<GeneralName>();
        while (subtrees.HasData)
        {
            // GeneralSubtree: base, then minimum (default 0) and maximum, which RFC 5280 says must be absent.
            var subtree = subtrees.ReadSequence();
            names.Add(GeneralName.Read(subtree));
        }

        return names;
    }
}
