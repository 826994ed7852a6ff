using System.Formats.Asn1;
using Certwatch.X509.Model;

namespace Certwatch.X509.Tests.Model;

public sealed partial class CertificateParserTests
{
    [Fact]
    public void TryParse_Version1WithoutExtensions_DefaultsVersionAndLeavesExtensionsEmpty()
    {
        var info = Parse(HandMadeCertificate(version: null));

        info.Version.ShouldBe(1);
        info.Extensions.ShouldBeEmpty();
        info.Subject.ShouldBe("CN=v1 \\+ old");
        info.SubjectCommonName.ShouldBe("v1 + old");
        info.SerialNumber.ShouldBe("00FF");
        info.PublicKey.ShouldBe(new PublicKeyInfo("Ed25519", 256, null, "1.3.101.112"));
        info.SignatureAlgorithm.ShouldBe(new SignatureAlgorithmInfo("1.3.101.112", "Ed25519", null));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-1)]
    public void TryParse_UnknownVersion_FailsWithReason(int version)
    {
        CertificateParser.TryParse(HandMadeCertificate(version), out _, out var error).ShouldBeFalse();

        error.ShouldBe("malformed tbsCertificate: unknown certificate version");
    }

    /// <summary>A certificate written field by field, for shapes .NET's CertificateRequest cannot produce.</summary>
    private static byte[] HandMadeCertificate(int? version) => Encode(w =>
    {
        using (w.PushSequence())
        {
            using (w.PushSequence())
            {
                if (version is { } v)
                {
                    using (w.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
                    {
                        w.WriteInteger(v);
                    }
                }

                w.WriteIntegerUnsigned([0xFF]);
                WriteEd25519Algorithm(w);
                WriteCommonName(w, "v1 + old");
                using (w.PushSequence())
                {
                    w.WriteUtcTime(Now);
                    w.WriteUtcTime(Now.AddDays(1));
                }

                WriteCommonName(w, "v1 + old");
                using (w.PushSequence())
                {
                    WriteEd25519Algorithm(w);
                    w.WriteBitString(new byte[32]);
                }
            }

            WriteEd25519Algorithm(w);
            w.WriteBitString(new byte[64]);
        }
    });

    private static void WriteEd25519Algorithm(AsnWriter writer)
    {
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier("1.3.101.112");
        }
    }

    private static void WriteCommonName(AsnWriter writer, string commonName)
    {
        using (writer.PushSequence())
        using (writer.PushSetOf())
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier("2.5.4.3");
            writer.WriteCharacterString(UniversalTagNumber.UTF8String, commonName);
        }
    }
}
