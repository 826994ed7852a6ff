using Certwatch.Scanning.Resolution;

namespace Certwatch.Scanning.Http;

/// <summary>
/// hstspreload's www check (domain.www.no_tls): when www.&lt;domain&gt; resolves and accepts TCP on the HTTPS
/// port, TLS must work with a trusted certificate, since the preloaded includeSubDomains covers it.
/// </summary>
internal static class WwwProbe
{
    public static async Task<WwwCheck> CheckAsync(string domain, int port, PublicSuffixList suffixes, HttpHopProbe probe, HttpSecurityOptions options, CancellationToken ct)
    {
        var www = "www." + domain;
        if (!options.CheckWww || options.Resolver is not { } resolver || suffixes.Match(domain) is not { IsSubdomain: false, IsPublicSuffix: false })
        {
            return new WwwCheck(www, WwwCheckStatus.NotChecked, "only a registrable domain's www is checked, and only with a resolver");
        }

        IReadOnlyList<System.Net.IPAddress> addresses;
        try
        {
            addresses = await resolver.ResolveAsync(www, ct);
        }
        catch (HostResolutionException e)
        {
            return new WwwCheck(www, WwwCheckStatus.NotResolved, e.Message);
        }

        if (addresses.Count == 0)
        {
            return new WwwCheck(www, WwwCheckStatus.NotResolved, $"{www} has no address");
        }

        var hop = await probe.ProbeAsync(HttpSecurityScanner.Url("https", www, port, "/"), addresses[0], ct);
        return hop switch
        {
            { Error: HttpHopError.ConnectFailed } => new WwwCheck(www, WwwCheckStatus.NoTcp, hop.ErrorMessage!),
            { Tls: null } => new WwwCheck(www, WwwCheckStatus.TlsFails, hop.ErrorMessage ?? "TLS failed"),
            { Tls.CertificateTrusted: false } => new WwwCheck(www, WwwCheckStatus.TlsFails, hop.Tls.CertificateProblem!),
            _ => new WwwCheck(www, WwwCheckStatus.TlsWorks, $"{www} serves HTTPS with a trusted certificate"),
        };
    }
}
