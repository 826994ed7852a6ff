using System.Net;
using Certwatch.Scanning.Dns;

namespace Certwatch.Scanning.Resolution;

/// <summary>
/// Which resolver a run uses. Addresses of targets: the operating system by default, so /etc/hosts,
/// nsswitch and split-horizon setups work exactly as for the user's other tools; Certwatch's own DNS
/// client when <c>--resolver</c> names a server (then the check sees what that server says, nothing
/// local). MX, CAA and TLSA: always Certwatch's DNS client (the OS offers no API for them), asking the
/// <c>--resolver</c> server or else the resolv.conf nameservers.
/// </summary>
public sealed record ResolverChoice(IHostResolver Addresses, DnsClient Records)
{
    /// <param name="system">The default address resolver (the OS; tests pass their own).</param>
    /// <param name="server">The <c>--resolver</c> server, or null.</param>
    public static ResolverChoice For(IHostResolver system, IPEndPoint? server, string resolvConfPath = ResolvConf.DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(system);
        if (server is null)
        {
            return new ResolverChoice(system, DnsClient.FromResolvConf(resolvConfPath));
        }

        var client = new DnsClient(new DnsClientOptions([server]));
        return new ResolverChoice(new DnsHostResolver(client), client);
    }
}
