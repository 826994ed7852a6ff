using System.Security.Cryptography;
using Certwatch.Scanning.Dns;
using Certwatch.Scanning.Mail;
using Certwatch.Scanning.Tests.Check;
using Certwatch.X509.Model;

namespace Certwatch.Scanning.Tests.Mail;

/// <summary>TLSA matching as a DANE SMTP sender does it, against lab chains for "localhost".</summary>
public sealed class DaneEvaluatorTests(StartTlsPkiFixture pki) : IClassFixture<StartTlsPkiFixture>
{
    private const string Owner = "_25._tcp.localhost";

    private IReadOnlyList<CertificateInfo> Served => [pki.Valid.Info, pki.Pki.Intermediate.Info];

    [Theory]
    [InlineData(3, 1, 1)]
    [InlineData(3, 1, 2)]
    [InlineData(3, 0, 1)]
    [InlineData(3, 0, 0)]
    [InlineData(3, 1, 0)]
    [InlineData(2, 1, 1)]
    [InlineData(2, 0, 2)]
    public void Evaluate_RecordForTheServedChain_Match(byte usage, byte selector, byte matching)
    {
        var target = usage == 3 ? pki.Valid.Info : pki.Pki.Intermediate.Info;
        var record = new DnsTlsaData(usage, selector, matching, Association(target, selector, matching));

        var verdict = DaneEvaluator.Evaluate(Owner, [record], authenticData: true, Served, "localhost", StartTlsPkiFixture.Now);

        verdict.Kind.ShouldBe(DaneVerdictKind.Match);
        verdict.Matched.ShouldBe(record);
    }

    [Fact]
    public void Evaluate_DaneEeForAnotherKey_MismatchWithReason()
    {
        var stale = new DnsTlsaData(3, 1, 1, SHA256.HashData("an old key"u8));

        var verdict = DaneEvaluator.Evaluate(Owner, [stale], false, Served, "localhost", StartTlsPkiFixture.Now);

        verdict.Kind.ShouldBe(DaneVerdictKind.Mismatch);
        verdict.Reasons.ShouldHaveSingleItem().ShouldContain("does not match the leaf (localhost");
    }

    [Fact]
    public void Evaluate_DaneEeMatchesExpiredLeaf_StillMatchesAsRfc7672Says()
    {
        var record = new DnsTlsaData(3, 1, 1, Association(pki.Expired.Info, 1, 1));

        var verdict = DaneEvaluator.Evaluate(Owner, [record], false, [pki.Expired.Info, pki.Pki.Intermediate.Info], "other.name", StartTlsPkiFixture.Now);

        verdict.Kind.ShouldBe(DaneVerdictKind.Match);
    }

    [Fact]
    public void Evaluate_DaneTaButNameIsWrong_Mismatch()
    {
        var record = new DnsTlsaData(2, 1, 1, Association(pki.Pki.Intermediate.Info, 1, 1));

        var verdict = DaneEvaluator.Evaluate("_25._tcp.mx.example", [record], false, Served, "mx.example", StartTlsPkiFixture.Now);

        verdict.Kind.ShouldBe(DaneVerdictKind.Mismatch);
        verdict.Reasons.ShouldHaveSingleItem().ShouldContain("the leaf is not valid for mx.example");
    }

    [Fact]
    public void Evaluate_DaneTaForACaNotSent_Mismatch()
    {
        var record = new DnsTlsaData(2, 0, 1, Association(pki.Pki.Root.Info, 0, 1));

        var verdict = DaneEvaluator.Evaluate(Owner, [record], false, Served, "localhost", StartTlsPkiFixture.Now);

        verdict.Kind.ShouldBe(DaneVerdictKind.Mismatch);
        verdict.Reasons.ShouldHaveSingleItem().ShouldContain("matches no CA certificate in the served chain");
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(3, 2, 1)]
    [InlineData(3, 1, 3)]
    [InlineData(9, 1, 1)]
    public void Evaluate_OnlyRecordsSmtpCannotUse_Unusable(byte usage, byte selector, byte matching)
    {
        var record = new DnsTlsaData(usage, selector, matching, Association(pki.Valid.Info, 1, 1));

        DaneEvaluator.Evaluate(Owner, [record], false, Served, "localhost", StartTlsPkiFixture.Now).Kind.ShouldBe(DaneVerdictKind.Unusable);
    }

    [Fact]
    public void Evaluate_UnusableNextToAMatch_Match()
    {
        var pkix = new DnsTlsaData(1, 1, 1, SHA256.HashData("x"u8));
        var good = new DnsTlsaData(3, 1, 1, Association(pki.Valid.Info, 1, 1));

        DaneEvaluator.Evaluate(Owner, [pkix, good], false, Served, "localhost", StartTlsPkiFixture.Now).Kind.ShouldBe(DaneVerdictKind.Match);
    }

    [Fact]
    public void Evaluate_NoRecords_NothingToSay()
    {
        DaneEvaluator.Evaluate(Owner, [], false, Served, "localhost", StartTlsPkiFixture.Now).Kind.ShouldBe(DaneVerdictKind.NoRecords);
    }

    [Fact]
    public void Evaluate_HostileAssociationData_NoMatchNoThrow()
    {
        byte[] huge = [.. Enumerable.Repeat((byte)0xFF, 4096)];

        DaneEvaluator.Evaluate(Owner, [new DnsTlsaData(3, 0, 0, huge), new DnsTlsaData(2, 1, 2, [])], false, Served, "localhost", StartTlsPkiFixture.Now)
            .Kind.ShouldBe(DaneVerdictKind.Mismatch);
    }

    // Computed with .NET's own certificate API, independently of the reader under test.
    internal static byte[] Association(CertificateInfo certificate, byte selector, byte matching)
    {
        using var x509 = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(certificate.Der);
        var selected = selector == 0 ? certificate.Der : x509.PublicKey.ExportSubjectPublicKeyInfo();
        return matching switch
        {
            0 => selected,
            1 => SHA256.HashData(selected),
            _ => SHA512.HashData(selected),
        };
    }
}
