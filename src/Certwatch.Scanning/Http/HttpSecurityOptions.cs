using System.Security.Cryptography.X509Certificates;
using Certwatch.Scanning.Resolution;

namespace Certwatch.Scanning.Http;

/// <summary>How <see cref="HttpSecurityScanner"/> probes. Every bound has a default that keeps a hostile server harmless.</summary>
public sealed record HttpSecurityOptions
{
    /// <summary>Connect, handshake, request and response head of one hop must finish within this.</summary>
    public TimeSpan HopTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Redirects followed per chain before giving up (browsers stop at 20, curl at 50; 10 is plenty for a site's own hops).</summary>
    public int MaxRedirects { get; init; } = 10;

    /// <summary>Size bounds on each response head.</summary>
    public HttpHeadLimits Limits { get; init; } = HttpHeadLimits.Default;

    /// <summary>The plain-HTTP port checked for the HTTP→HTTPS redirect; null skips that check. Tests use a free loopback port.</summary>
    public int? PlainHttpPort { get; init; } = 80;

    /// <summary>Resolves other hosts met in redirects and www.&lt;domain&gt;; null means "follow no other host".</summary>
    public IHostResolver? Resolver { get; init; }

    /// <summary>Checks www.&lt;domain&gt; for preload eligibility (hstspreload domain.www.no_tls) when it resolves.</summary>
    public bool CheckWww { get; init; } = true;

    /// <summary>Trust anchors for the certificate verdict of each hop; null uses the system store.</summary>
    public IReadOnlyList<X509Certificate2>? TrustAnchors { get; init; }

    /// <summary>The Public Suffix List for the registrable-domain rules; null uses the embedded copy (<see cref="PublicSuffixList.Embedded"/>).</summary>
    public PublicSuffixList? PublicSuffixList { get; init; }

    /// <summary>Path requested on the first hop of each chain.</summary>
    public string Path { get; init; } = "/";

    public string UserAgent { get; init; } = "certwatch";

    /// <summary>Sent as Origin so a server that reflects any origin with credentials shows it (Observatory CORS test).</summary>
    public string ProbeOrigin { get; init; } = "https://certwatch-probe.invalid";

    /// <summary>Clock for hop durations, timeouts and certificate verification time.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
