using Certwatch.Core.Findings;

namespace Certwatch.X509.Analysis.Findings;

/// <summary>All findings for one diagnosed chain, stamped with the address, Critical first.</summary>
public static class FindingsBuilder
{
    public static IReadOnlyList<Finding> Build(ChainDiagnosis d, ChainAnalysisInput input)
    {
        var served = input.Served.Select(c => (input.Address ?? "", c));
        var all = Malformed(input)
            .Concat(ReusedIssuerSerialDetector.Find(served))
            .Concat(ExpiryFindings.For(d, input.Expiry))
            .Concat(TrustFindings.For(d, input.TrustStore.Name))
            .Concat(DeploymentFindings.For(d))
            .Concat(NameFindings.For(d))
            .Concat(CryptoFindings.For(d));
        return Sort(all.Select(f => f with { Address = input.Address }));
    }

    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) =>
        findings.Select((f, i) => (f, i)).OrderByDescending(x => x.f.Severity).ThenBy(x => x.i).Select(x => x.f).ToList();

    private static IEnumerable<Finding> Malformed(ChainAnalysisInput input) =>
        input.UnparsableCertificates.Select((error, i) => new Finding(FindingIds.CertMalformed, Severity.Critical,
            "A served certificate could not be decoded",
            "Clients abort the handshake on a certificate they cannot parse (Firefox SEC_ERROR_BAD_DER).",
            [error], FixAdvice.Text("Check the chain file for truncated or corrupted PEM blocks: `openssl crl2pkcs7 -nocrl -certfile fullchain.pem | openssl pkcs7 -print_certs -noout`.")));
}
