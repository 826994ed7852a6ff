using Certwatch.X509.Chain;
using Certwatch.X509.Model;
using Certwatch.X509.Names;
using Certwatch.X509.Trust;

namespace Certwatch.X509.Conformance;

/// <summary>
/// Runs one x509-limbo case through <see cref="ChainVerifier"/>: the peer certificate is the leaf, the
/// untrusted intermediates are served after it, the trusted certificates are the trust store. Pure: the
/// clock is a parameter, used only when the case gives no validation time.
/// </summary>
public static class LimboHarness
{
    public static LimboResult Run(LimboCase testCase, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        if (SkipReason(testCase) is { } reason)
        {
            return new LimboResult(testCase.Id, LimboOutcome.Skipped, reason);
        }

        var leaf = CertificateParser.ParsePemBundle(testCase.PeerCertificate, out var leafErrors);
        if (leaf.Count != 1)
        {
            return Fail(testCase, $"peer certificate could not be parsed: {string.Join("; ", leafErrors)}");
        }

        var intermediates = ParseAll(testCase.UntrustedIntermediates);
        var anchors = ParseAll(testCase.TrustedCerts);
        var names = testCase.ExpectedPeerNames;
        var request = new VerificationRequest(
            [leaf[0], .. intermediates],
            new TrustStore("limbo trusted_certs", anchors),
            testCase.ValidationTime ?? now,
            names.Count > 0 ? names[0].Value : null,
            PolicyFor(testCase));
        var validation = ChainVerifier.Verify(request);
        var problems = validation.Problems.Select(p => p.Message)
            .Concat(OtherNameProblems(leaf[0], names))
            .Concat(LimboUsageChecks.Check(leaf[0], testCase))
            .Concat(LimboProfileChecks.Check(validation.Path, validation.Best.EndsAtTrustAnchor))
            .ToList();
        return problems.Count == 0 && validation.IsValid
            ? new LimboResult(testCase.Id, LimboOutcome.Success, null)
            : Fail(testCase, problems.Count == 0 ? "no valid path" : string.Join("; ", problems));
    }

    public static IReadOnlyList<LimboResult> RunAll(IEnumerable<LimboCase> cases, DateTimeOffset now) =>
        cases.Select(c => Run(c, now)).ToList();

    private static string? SkipReason(LimboCase testCase)
    {
        if (testCase.ValidationKind is not ("SERVER" or "CLIENT"))
        {
            return $"validation_kind {testCase.ValidationKind} is not supported (only SERVER and CLIENT)";
        }

        if (testCase.ExpectedPeerNames.FirstOrDefault(n => n.Kind is not ("DNS" or "IP")) is { } name)
        {
            return $"expected peer name kind {name.Kind} is not supported (only DNS and IP)";
        }

        return testCase.SignatureAlgorithms is { Count: > 0 }
            ? "signature_algorithms constraints are not supported"
            : null;
    }

    private static VerificationPolicy PolicyFor(LimboCase testCase) => VerificationPolicy.Strict with
    {
        RequiredEku = testCase.ValidationKind == "CLIENT" ? VerificationPolicy.ClientAuthEku : VerificationPolicy.ServerAuthEku,
        MaxChainDepth = testCase.MaxChainDepth,
    };

    /// <summary>Every expected name must match; the verifier checks the first, the rest are checked here.</summary>
    private static IEnumerable<string> OtherNameProblems(CertificateInfo leaf, IReadOnlyList<LimboPeerName> names) =>
        names.Skip(1)
            .Where(n => !HostnameMatcher.Match(leaf, n.Value).Matched)
            .Select(n => $"leaf '{leaf.DisplayName}' is not valid for {n.Value}");

    private static List<CertificateInfo> ParseAll(IEnumerable<string> pems) =>
        pems.SelectMany(pem => CertificateParser.ParsePemBundle(pem, out _)).ToList();

    private static LimboResult Fail(LimboCase testCase, string context) => new(testCase.Id, LimboOutcome.Failure, context);
}
