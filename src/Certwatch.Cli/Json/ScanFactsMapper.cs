using Certwatch.Scanning.Scan;
using Certwatch.Tls.Wire;

namespace Certwatch.Cli.Json;

/// <summary>ScanFacts → JSON: each probe as status/reason/elapsed/value.</summary>
public static class ScanFactsMapper
{
    public static ScanFactsDto Map(ScanFacts facts) => Map(facts, null);

    /// <param name="staple">The assessment's judgement of the stapled response, merged into the ocspStapling value.</param>
    public static ScanFactsDto Map(ScanFacts facts, OcspStapleJudgement? staple) => new(
        Probe(facts.Protocols, list => (IReadOnlyList<ScanProtocolDto>)[.. list.Select(p => new ScanProtocolDto(ScanJsonNames.Version(p.Version), p.Supported, p.Detail))]),
        Probe(facts.Ssl2Ciphers, list => (IReadOnlyList<ScanSsl2CipherDto>)[.. list.Select(k => new ScanSsl2CipherDto($"0x{k.Value:X6}", k.Name, k.KeyBits, k.IsExport))]),
        Probe(facts.Ciphers, list => (IReadOnlyList<ScanProtocolCiphersDto>)[.. list.Select(Ciphers)]),
        Probe(facts.Groups, g => new ScanGroupsDto([.. g.Groups.Select(Code)], g.ServerOrder)),
        Probe(facts.SignatureAlgorithms, Codes),
        Probe(facts.Tls13SignatureAlgorithms, Codes),
        Probe(facts.Alpn, a => a.Protocols),
        Probe(facts.Resumption, r => new ScanResumptionDto(r.SessionIdAssigned, r.TicketExtension, r.Resumed)),
        Probe(facts.OcspStapling, o => Ocsp(o, staple)),
        Probe(facts.Renegotiation, r => new ScanRenegotiationDto(r.SecureRenegotiation, r.ClientInitiatedAllowed)),
        Probe(facts.Compression, b => (bool?)b),
        Probe(facts.FallbackScsv, f => new ScanFallbackScsvDto(f.Supported, f.Detail)),
        Probe(facts.ExtendedMasterSecret, b => (bool?)b),
        Probe(facts.HeartbeatExtension, b => (bool?)b),
        Probe(facts.Heartbleed, h => new ScanVulnerabilityDto(h.Vulnerable, h.Evidence)),
        Probe(facts.CcsInjection, c => new ScanVulnerabilityDto(c.Vulnerable, c.Evidence)),
        Probe(facts.Robot, Robot));

    public static ScanSuiteDto Suite(AcceptedSuite accepted)
    {
        var s = accepted.Suite;
        return new ScanSuiteDto(
            ScanJsonNames.Hex(s.Id.Value), s.IanaName, s.OpenSslName, ScanJsonNames.KeyExchange(s.KeyExchange), ScanJsonNames.Authentication(s.Authentication),
            s.Cipher, s.KeyBits, s.Mac, s.ForwardSecrecy, s.IsAead, s.Export, accepted.Group?.ToString(), accepted.DhBits);
    }

    private static ScanRobotDto Robot(RobotFacts robot) => new(
        JsonNames.CamelCase(robot.Verdict), robot.Vulnerable, robot.Suite, robot.Evidence, [.. robot.FirstRound.Select(RobotResponse)], [.. robot.SecondRound.Select(RobotResponse)]);

    private static ScanRobotResponseDto RobotResponse(RobotResponse response) => new(
        JsonNames.CamelCase(response.Variant), JsonNames.CamelCase(response.Reaction), response.Alert?.Level.Value, response.Alert?.Description.Value, response.Answer);

    private static ScanOcspDto Ocsp(OcspStapleFacts facts, OcspStapleJudgement? staple)
    {
        var judged = facts.Stapled ? staple : null;
        return new ScanOcspDto(
            facts.Stapled,
            ScanJsonNames.Version(facts.Protocol),
            facts.Response is { } der ? Convert.ToBase64String(der.Span) : null,
            judged is null ? null : JsonNames.CamelCase(judged.Status),
            judged?.Detail,
            judged?.ResponseStatus is { } status ? JsonNames.CamelCase(status) : null,
            judged?.ProducedAt,
            judged?.ThisUpdate,
            judged?.NextUpdate,
            judged?.RevokedAt,
            judged?.RevocationReason,
            judged?.SignedBy);
    }

    private static ScanProtocolCiphersDto Ciphers(ProtocolCiphers protocol) =>
        new(ScanJsonNames.Version(protocol.Version), protocol.ServerOrder, [.. protocol.Suites.Select(Suite)]);

    private static ScanCodeDto Code(NamedGroup group) => new(ScanJsonNames.Hex(group.Value), group.Name);

    private static IReadOnlyList<ScanCodeDto> Codes(IReadOnlyList<SignatureScheme> schemes) =>
        [.. schemes.Select(s => new ScanCodeDto(ScanJsonNames.Hex(s.Value), s.Name))];

    private static ScanProbeDto<TDto> Probe<T, TDto>(ProbeOutcome<T> outcome, Func<T, TDto> map) => new(
        ScanJsonNames.Status(outcome.Status),
        outcome.Reason,
        Math.Round(outcome.Elapsed.TotalMilliseconds, 3),
        outcome is { IsCompleted: true, Value: { } value } ? map(value) : default);
}
