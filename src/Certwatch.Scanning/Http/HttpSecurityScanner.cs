using System.Globalization;
using System.Net;
using Certwatch.Core.Targets;

namespace Certwatch.Scanning.Http;

/// <summary>
/// The HTTP security layer for one address of a target: follows https://host/ and http://host/ (plain-HTTP
/// port) hop by hop, reads HSTS as browsers do, judges the HTTP→HTTPS redirect, checks hstspreload.org
/// eligibility and scores the security headers per the MDN HTTP Observatory. Connects only to
/// <paramref name="address"/> for the target host, and to other hosts only through the injected resolver.
/// Never throws for anything a server does; every failure is a value in the report.
/// </summary>
public static class HttpSecurityScanner
{
    public static async Task<HttpSecurityReport> ScanAsync(Target target, IPAddress address, HttpSecurityOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(options);
        var host = target.ServerName ?? target.Host;
        var probe = new HttpHopProbe(options);
        var follower = new RedirectFollower(probe, options);
        var https = await follower.FollowAsync(Url("https", host, target.Port, options.Path), address, ct);
        var http = options.PlainHttpPort is { } plainPort ? await follower.FollowAsync(Url("http", host, plainPort, options.Path), address, ct) : null;
        var suffixes = options.PublicSuffixList ?? PublicSuffixList.Embedded;
        var www = await WwwProbe.CheckAsync(host, target.Port, suffixes, probe, options, ct);
        return HttpSecurityAnalysis.Analyze(host, address, target.HostIsIpLiteral, https, http, www, suffixes, options);
    }

    /// <summary>An http(s) URL for the host; the port is left out when it is the scheme's default (RFC 9110 §4.2).</summary>
    internal static Uri Url(string scheme, string host, int port, string path)
    {
        var authority = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;
        var defaultPort = scheme == "https" ? 443 : 80;
        var portPart = port == defaultPort ? "" : ":" + port.ToString(CultureInfo.InvariantCulture);
        return new Uri($"{scheme}://{authority}{portPart}{(path.StartsWith('/') ? path : "/" + path)}");
    }
}
