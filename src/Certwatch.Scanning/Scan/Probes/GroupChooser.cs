using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>Offers a list of groups in one hello and reports the group the server chose (one connection).</summary>
/// <param name="legacy">Null: TLS 1.3; else this TLS ≤ 1.2 version with ECDHE suites only.</param>
internal sealed class GroupChooser(ProbeContext context, ProtocolVersion? legacy)
{
    /// <param name="withShare">
    /// TLS 1.3 with a single group: send a real key share when one can be made (a ServerHello names the group),
    /// else an empty key_share, which a server supporting the group must answer with a HelloRetryRequest naming
    /// it (RFC 8446 §4.1.4). Preference tests always send an empty key_share, so the server's choice is its own.
    /// </param>
    public async Task<NamedGroup?> ChooseAsync(IReadOnlyList<NamedGroup> groups, CancellationToken cancellationToken, bool withShare = false)
    {
        var shares = withShare && groups.Count == 1 ? groups : [];
        var spec = legacy is { } version
            ? HelloSpecs.Legacy(context, version, SuiteCatalog.Ids(SuiteCatalog.Ecdhe(version))) with { SupportedGroups = groups }
            : HelloSpecs.Tls13(context, SuiteCatalog.Ids(SuiteCatalog.For(ProtocolVersion.Tls13)), groups, shareGroups: shares);
        var result = await context.ExchangeAsync(ClientHelloBuilder.Build(spec), cancellationToken);
        if (legacy is null)
        {
            return result.IsRetryRequest ? result.ServerHello!.RetryGroup : result.IsServerHello ? result.ServerHello!.KeyShare?.Group : null;
        }

        return result.IsServerHello && result.Flight!.Find(HandshakeType.ServerKeyExchange) is not null
            && CipherSuiteRegistry.Find(result.ServerHello!.CipherSuite) is { } suite
            ? AcceptedSuiteReader.Read(suite, result.Flight, legacy.Value).Group
            : null;
    }
}
