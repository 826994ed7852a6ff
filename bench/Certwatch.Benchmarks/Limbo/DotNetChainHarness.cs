using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Certwatch.X509.Conformance;

namespace Certwatch.Benchmarks.Limbo;

/// <summary>
/// The baseline: one limbo case through .NET's own <see cref="X509Chain"/> (custom root trust, the untrusted
/// intermediates as ExtraStore, the case's verification time, no revocation, no downloads, the serverAuth or
/// clientAuth application policy), then a plain SAN compare with <see cref="X509Certificate2.MatchesHostname"/>.
/// </summary>
public static class DotNetChainHarness
{
    private const string ServerAuth = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuth = "1.3.6.1.5.5.7.3.2";

    public static LimboResult Run(LimboCase testCase, DateTimeOffset now)
    {
        if (testCase.ExpectedPeerNames.Any(n => n.Kind is not ("DNS" or "IP")))
        {
            return new LimboResult(testCase.Id, LimboOutcome.Skipped, "only DNS and IP peer names");
        }

        try
        {
            using var leaf = Load(testCase.PeerCertificate).Single();
            var anchors = testCase.TrustedCerts.SelectMany(Load).ToList();
            var intermediates = testCase.UntrustedIntermediates.SelectMany(Load).ToList();
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(anchors.ToArray());
            chain.ChainPolicy.ExtraStore.AddRange(intermediates.ToArray());
            chain.ChainPolicy.VerificationTime = (testCase.ValidationTime ?? now).UtcDateTime;
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.DisableCertificateDownloads = true;
            chain.ChainPolicy.ApplicationPolicy.Add(new Oid(testCase.ValidationKind == "CLIENT" ? ClientAuth : ServerAuth));
            var built = chain.Build(leaf);
            var status = string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()));
            var nameOk = testCase.ExpectedPeerNames.All(n => leaf.MatchesHostname(n.Value, allowWildcards: true, allowCommonName: false));
            foreach (var certificate in anchors.Concat(intermediates))
            {
                certificate.Dispose();
            }

            return built && nameOk
                ? new LimboResult(testCase.Id, LimboOutcome.Success, null)
                : new LimboResult(testCase.Id, LimboOutcome.Failure, nameOk ? status : $"name mismatch; {status}");
        }
        catch (Exception e) when (e is CryptographicException or FormatException or InvalidOperationException or ArgumentException)
        {
            return new LimboResult(testCase.Id, LimboOutcome.Failure, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private static IEnumerable<X509Certificate2> Load(string pem)
    {
        var rest = pem.AsMemory();
        while (PemEncoding.TryFind(rest.Span, out var fields))
        {
            yield return X509CertificateLoader.LoadCertificate(Convert.FromBase64String(rest.Span[fields.Base64Data].ToString()));
            rest = rest[fields.Location.End..];
        }
    }
}
