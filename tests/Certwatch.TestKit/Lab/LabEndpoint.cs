using System.Net;
using Certwatch.Core.Targets;

namespace Certwatch.TestKit.Lab;

/// <summary>One running lab scenario: where it listens and the target that checks it.</summary>
public sealed record LabEndpoint(LabScenario Scenario, IPEndPoint EndPoint)
{
    public string Name => Scenario.Name;

    public int Port => EndPoint.Port;

    public string ExpectedName => Scenario.ExpectedName;

    /// <summary>
    /// What to pass to <c>certwatch check</c>. Names under .localhost resolve to loopback (RFC 6761 §6.3), and
    /// the lab listens on 127.0.0.1 and ::1, so every address of the name reaches this scenario.
    /// </summary>
    public string CheckArguments => Scenario.StartTls == StartTlsProtocol.None ? $"{ExpectedName}:{Port}" : $"{Scheme}://{ExpectedName}:{Port}";

    /// <summary>"https", or the plain-text scheme of a STARTTLS scenario ("smtp", "imap"…).</summary>
    public string Scheme => Scenario.StartTls == StartTlsProtocol.None
        ? "https"
        : StartTlsDefaults.Schemes.First(s => s.Value.Protocol == Scenario.StartTls).Key;

    /// <summary>The check target: the expected name as SNI (none for an IP), pinned to the lab's loopback address.</summary>
    public Target Target
    {
        get
        {
            var isIp = IPAddress.TryParse(ExpectedName, out _);
            return new Target(CheckArguments, ExpectedName, Port, isIp ? null : ExpectedName, EndPoint.Address, Scheme) { StartTls = Scenario.StartTls };
        }
    }
}
