namespace Certwatch.Scanning.Http;

/// <summary>
/// hstspreload's checks of one HTTPS response (response.go, tls.go): it must connect, with a valid chain and
/// no SHA-1, a modern suite, and carry exactly one Strict-Transport-Security header that is preloadable.
/// </summary>
internal static class PreloadResponseRules
{
    /// <summary>The connection checks; an error here means the other response checks cannot run.</summary>
    public static IReadOnlyList<PreloadIssue> CheckTls(HttpHop hop)
    {
        if (hop.Tls is not { } tls)
        {
            return [PreloadIssue.Error("domain.tls.cannot_connect", $"cannot connect to {hop.Url}: {hop.ErrorMessage}")];
        }

        var issues = new List<PreloadIssue>();
        if (!tls.CertificateTrusted)
        {
            issues.Add(PreloadIssue.Error("domain.tls.invalid_cert_chain", $"{hop.Url}: {tls.CertificateProblem}"));
        }

        if (tls.Sha1InChain)
        {
            issues.Add(PreloadIssue.Error("domain.tls.sha1", $"{hop.Url}: a certificate of the chain is signed with SHA-1"));
        }

        if (IsObsolete(tls))
        {
            issues.Add(PreloadIssue.Warning("tls.obsolete_cipher_suite", $"{hop.Url} negotiated {tls.Protocol} with {tls.CipherSuite}; use ECDHE with AES-GCM or ChaCha20-Poly1305"));
        }

        return issues;
    }

    /// <summary>The header checks of one response (response.no_header, response.multiple_headers, then the header rules).</summary>
    public static IReadOnlyList<PreloadIssue> CheckHeader(HttpHop hop)
    {
        var values = hop.HeaderValues(JudgedHeaders.StrictTransportSecurity);
        return values.Count switch
        {
            0 => [PreloadIssue.Error("response.no_header", $"{hop.Url} sends no Strict-Transport-Security header")],
            > 1 => [PreloadIssue.Error("response.multiple_headers", $"{hop.Url} sends {values.Count} Strict-Transport-Security headers; send exactly one")],
            _ => PreloadHeaderRules.Check(values[0]),
        };
    }

    // tls.go: with TLS 1.2 or lower, only ECDHE key exchange with an AEAD (AES-GCM, ChaCha20-Poly1305) is modern.
    private static bool IsObsolete(HttpTlsFacts tls) =>
        tls.Protocol != "Tls13"
        && !(tls.CipherSuite.Contains("ECDHE", StringComparison.Ordinal)
             && (tls.CipherSuite.Contains("GCM", StringComparison.Ordinal) || tls.CipherSuite.Contains("CHACHA20", StringComparison.Ordinal)));
}
