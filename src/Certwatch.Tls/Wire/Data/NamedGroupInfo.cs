namespace Certwatch.Tls.Wire;

/// <summary>One supported-groups registry entry.</summary>
/// <param name="Bits">Classical size: curve field bits, or modulus bits for FFDHE; for hybrids the classical half; 0 when not meaningful.</param>
public sealed record NamedGroupInfo(NamedGroup Id, string Name, GroupKind Kind, int Bits)
{
    public override string ToString() => Name;
}
