using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire.Data;

public class NamedGroupRegistryTests
{
    [Theory]
    [InlineData(0x001D, "x25519", GroupKind.EllipticCurve, 255)]
    [InlineData(0x0017, "secp256r1", GroupKind.EllipticCurve, 256)]
    [InlineData(0x0018, "secp384r1", GroupKind.EllipticCurve, 384)]
    [InlineData(0x0019, "secp521r1", GroupKind.EllipticCurve, 521)]
    [InlineData(0x001E, "x448", GroupKind.EllipticCurve, 448)]
    [InlineData(0x0100, "ffdhe2048", GroupKind.FiniteField, 2048)]
    [InlineData(0x0104, "ffdhe8192", GroupKind.FiniteField, 8192)]
    [InlineData(0x11EC, "X25519MLKEM768", GroupKind.Hybrid, 255)]
    [InlineData(0x11EB, "SecP256r1MLKEM768", GroupKind.Hybrid, 256)]
    [InlineData(0x11ED, "SecP384r1MLKEM1024", GroupKind.Hybrid, 384)]
    [InlineData(0x0201, "MLKEM768", GroupKind.PostQuantum, 0)]
    public void Find_KnownGroup_HasNameKindAndSize(int value, string name, GroupKind kind, int bits) =>
        NamedGroupRegistry.Find(new NamedGroup((ushort)value)).ShouldBe(new NamedGroupInfo(new NamedGroup((ushort)value), name, kind, bits));

    [Fact]
    public void All_ValuesAndNames_AreUnique()
    {
        NamedGroupRegistry.All.GroupBy(g => g.Id).Where(g => g.Count() > 1).ShouldBeEmpty();
        NamedGroupRegistry.All.GroupBy(g => g.Name).Where(g => g.Count() > 1).ShouldBeEmpty();
    }

    [Fact]
    public void FindByName_CaseInsensitive_FindsTheGroup() =>
        NamedGroupRegistry.FindByName("X25519").ShouldNotBeNull().Id.ShouldBe(NamedGroup.X25519);
}
