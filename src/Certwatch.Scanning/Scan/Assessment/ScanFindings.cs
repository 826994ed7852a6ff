using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Scan.Assessment;

/// <summary>Every protocol, cipher, key-exchange, feature and vulnerability finding of one address, worst first.</summary>
internal static class ScanFindings
{
    public static IReadOnlyList<Finding> For(ServerTlsView server, IReadOnlyList<SimulatedClient> browsers, OcspStapleJudgement? staple) =>
    [
        .. VulnerabilityFindings.For(server)
            .Concat(ProtocolFindings.For(server))
            .Concat(CipherFindings.For(server))
            .Concat(DhFindings.For(server))
            .Concat(SecrecyFindings.For(server, browsers))
            .Concat(ExtensionFindings.For(server))
            .Concat(OcspStapleFindings.For(staple))
            .OrderByDescending(f => f.Severity),
    ];
}
