using System.Formats.Asn1;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Certwatch.TestKit.Pki;
using Certwatch.X509.Chain;
using Certwatch.X509.Model;
using Certwatch.X509.Trust;
using Shouldly;
using Xunit;

namespace Certwatch.X509.Tests.Chain;

/// <summary>Name constraints (RFC 5280 §4.2.1.10, §6.1.4 (g)) as <see cref="ChainVerifier"/> enforces them, on generated PKIs.</summary>
public sealed class NameConstraintChecksTests
{
    private static readonly DateTimeOffset Now = ChainScenario.Now;

    public static TheoryData<string, string, bool> DnsRows => new()
    {
        // constraint on the intermediate, leaf SAN, expected valid
        { "permit:example.test", "example.test", true },
        { "permit:example.test", "www.a.example.test", true },
        { "permit:example.test", "badexample.test", false },
        { "permit:.example.test", "example.test", false },
        { "permit:.example.test", "www.example.test", true },
        { "exclude:bad.example.test", "www.example.test", true },
        { "exclude:bad.example.test", "x.bad.example.test", false },
        { "permit:example.test,exclude:example.test", "example.test", false },
        { "permit:*.example.test", "www.example.test", false },
    };

    [Theory]
    [MemberData(nameof(DnsRows))]
    public void Verify_DnsConstraintOnIntermediate_EnforcedOnLeafSan(string constraint, string host, bool valid)
    {
        var subtrees = constraint.Split(',').Select(c => c.Split(':')).Select(p => (p[0] == "permit", Dns(p[1]))).ToArray();
        var chain = TestPki.CreateChain(host, Now,
            intermediate: s => s with { Key = TestKey.EcP256(), ExtraExtensions = [NameConstraints(subtrees)] },
            leaf: s => s with { Key = TestKey.EcP256() });

        var result = Verify(chain, host);

        result.IsValid.ShouldBe(valid, string.Join("; ", result.Problems.Select(p => p.Message)));
        if (!valid)
        {
            var problem = result.Problems.ShouldHaveSingleItem();
            problem.Kind.ShouldBe(ProblemKind.NameConstraintViolation);
            problem.Message.ShouldContain("Certwatch Test Intermediate");
        }
    }

    [Theory]
    [InlineData("192.0.2.0", 24, "192.0.2.7", true)]
    [InlineData("192.0.2.0", 24, "192.0.3.7", false)]
    [InlineData("2001:db8::", 32, "2001:db8::1", true)]
    [InlineData("192.0.2.0", 24, "2001:db8::1", false)]
    public void Verify_PermittedIpSubtreeOnRoot_EnforcedOnLeafIp(string network, int prefix, string address, bool valid)
    {
        var chain = TestPki.CreateChain(address, Now,
            root: s => s with { Key = TestKey.EcP256(), ExtraExtensions = [NameConstraints((true, Ip(network, prefix)))] },
            leaf: s => s with { Key = TestKey.EcP256(), DnsNames = [], IpAddresses = [IPAddress.Parse(address)] });

        var result = Verify(chain, address);

        result.IsValid.ShouldBe(valid, string.Join("; ", result.Problems.Select(p => p.Message)));
        if (!valid)
        {
            result.Problems.ShouldHaveSingleItem().Message.ShouldContain($"outside the permitted subtrees (iPAddress {network}/{prefix})");
        }
    }

    [Fact]
    public void Verify_ExcludedDirectoryName_RejectsLeafSubject()
    {
        var excluded = new X500DistinguishedName("O=Certwatch Tests");
        var chain = TestPki.CreateChain("a.test", Now,
            intermediate: s => s with { ExtraExtensions = [NameConstraints((false, Directory(excluded)))] },
            leaf: s => s with { Subject = "CN=a.test, O=Certwatch Tests" });

        var result = Verify(chain, "a.test");

        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ProblemKind.NameConstraintViolation);
        problem.Position.ShouldBe(CertificatePosition.Leaf);
        problem.Message.ShouldContain("inside the excluded subtree");
    }

    [Theory]
    [InlineData("E=admin@a.example.test, CN=a.test", true)]
    [InlineData("E=admin@other.test, CN=a.test", false)]
    public void Verify_PermittedEmailSubtree_AppliesToSubjectEmailAddress(string subject, bool valid)
    {
        var chain = TestPki.CreateChain("a.test", Now,
            intermediate: s => s with { ExtraExtensions = [NameConstraints((true, Email(".example.test")))] },
            leaf: s => s with { Subject = subject });

        var result = Verify(chain, "a.test");

        result.IsValid.ShouldBe(valid, string.Join("; ", result.Problems.Select(p => p.Message)));
        if (!valid)
        {
            result.Problems.ShouldHaveSingleItem().Message.ShouldContain("subject emailAddress \"admin@other.test\"");
        }
    }

    [Fact]
    public void Verify_ConstraintsOnRoot_BindTheIntermediateToo()
    {
        var chain = TestPki.CreateChain("a.example.test", Now,
            root: s => s with { ExtraExtensions = [NameConstraints((true, Dns("example.test")))] },
            intermediate: s => s with { DnsNames = ["other.test"] },
            leaf: s => s with { DnsNames = ["a.example.test"] });

        var result = Verify(chain, "a.example.test");

        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Position.ShouldBe(CertificatePosition.Intermediate);
        problem.Message.ShouldContain("dNSName \"other.test\", outside the permitted subtrees");
    }

    [Fact]
    public void Verify_NameConstraintsInLeaf_AreReported()
    {
        var chain = TestPki.CreateChain("a.test", Now, leaf: s => s with { ExtraExtensions = [NameConstraints((true, Dns("a.test")))] });

        var result = Verify(chain, "a.test");

        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ProblemKind.NameConstraintViolation);
        problem.Message.ShouldContain("only CA certificates may use");
    }

    [Fact]
    public void Verify_EmptyPermittedSubtrees_MakeTheIssuerUnusable()
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true));
            writer.PopSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true));
        }

        var chain = TestPki.CreateChain("a.test", Now, intermediate: s => s with { ExtraExtensions = [new X509Extension(TestOids.NameConstraints, writer.Encode(), true)] });

        var result = Verify(chain, "a.test");

        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Position.ShouldBe(CertificatePosition.Intermediate);
        problem.Message.ShouldContain("empty subtree list");
    }

    private static PathValidation Verify(TestChain chain, string host) => ChainVerifier.Verify(new VerificationRequest(
        [chain.Leaf.Info, chain.Intermediate.Info], new TrustStore("test roots", [chain.Root.Info]), Now, host, VerificationPolicy.Strict));

    private static X509Extension NameConstraints(params (bool Permitted, Action<AsnWriter> Write)[] subtrees)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            foreach (var permitted in new[] { true, false })
            {
                var these = subtrees.Where(s => s.Permitted == permitted).ToList();
                if (these.Count == 0)
                {
                    continue;
                }

                var tag = new Asn1Tag(TagClass.ContextSpecific, permitted ? 0 : 1, isConstructed: true);
                writer.PushSequence(tag);
                foreach (var subtree in these)
                {
                    using (writer.PushSequence())
                    {
                        subtree.Write(writer);
                    }
                }

                writer.PopSequence(tag);
            }
        }

        return new X509Extension(TestOids.NameConstraints, writer.Encode(), critical: true);
    }

    private static Action<AsnWriter> Dns(string name) =>
        w => w.WriteCharacterString(UniversalTagNumber.IA5String, name, new Asn1Tag(TagClass.ContextSpecific, 2));

    private static Action<AsnWriter> Email(string constraint) =>
        w => w.WriteCharacterString(UniversalTagNumber.IA5String, constraint, new Asn1Tag(TagClass.ContextSpecific, 1));

    private static Action<AsnWriter> Ip(string network, int prefix)
    {
        var address = IPAddress.Parse(network).GetAddressBytes();
        var mask = new byte[address.Length];
        for (var bit = 0; bit < prefix; bit++)
        {
            mask[bit / 8] |= (byte)(0x80 >> (bit % 8));
        }

        return w => w.WriteOctetString([.. address, .. mask], new Asn1Tag(TagClass.ContextSpecific, 7));
    }

    private static Action<AsnWriter> Directory(X500DistinguishedName name) => w =>
    {
        var tag = new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true);
        w.PushSequence(tag);
        w.WriteEncodedValue(name.RawData);
        w.PopSequence(tag);
    };
}
