using Certwatch.Scanning.Check;
using Certwatch.Tls.Handshake;
using Certwatch.X509.Analysis;

namespace Certwatch.Cli.Json;

/// <summary>AddressReport → JSON shape.</summary>
public static class AddressMapper
{
    public static AddressDto Map(AddressReport address, DateTimeOffset validationTime) => new(
        address.Address,
        Handshake(address.Observation),
        address.Served.Select((c, i) => CertificateMapper.Map(c, i, validationTime)).ToList(),
        address.Analysis is { } analysis ? Validation(analysis) : null,
        address.Analysis?.Findings.Select(FindingMapper.Map).ToList() ?? [],
        address.Analysis?.Verdicts.Select(FindingMapper.Map).ToList() ?? [])
    {
        AiaFetches = address.Analysis?.Evidence.AiaFetches.Select(NetworkEvidenceMapper.Map).ToList() ?? [],
        Revocation = address.Analysis?.Evidence.Revocation.Select(NetworkEvidenceMapper.Map).ToList() ?? [],
    };

    private static HandshakeDto Handshake(HandshakeObservation observation) => new(
        observation.Port,
        observation.ServerName,
        JsonNames.CamelCase(observation.Outcome),
        observation.Error,
        observation.Protocol,
        observation.CipherSuite,
        observation.Alpn,
        Math.Round(observation.ConnectTime.TotalMilliseconds, 3),
        Math.Round(observation.HandshakeTime.TotalMilliseconds, 3),
        observation.ServedCertificates.Count,
        observation.Http is { } http ? new HttpDto(http.StatusCode, http.StrictTransportSecurity, http.Error) : null,
        observation.StartTls is { } dialogue
            ? new StartTlsDto(JsonNames.CamelCase(dialogue.Protocol), JsonNames.CamelCase(dialogue.Outcome), dialogue.Banner, dialogue.Capabilities, dialogue.PlaintextAuthOffered, dialogue.Detail)
            : null);

    private static ValidationDto Validation(ChainAnalysis analysis)
    {
        var validation = analysis.Validation;
        var facts = analysis.Facts;
        return new ValidationDto(
            validation.IsValid,
            validation.Best.EndsAtTrustAnchor,
            validation.Path.Select(c => c.Sha256Fingerprint).ToList(),
            validation.PathsTried.Count,
            validation.Problems.Select(p => new ProblemDto(
                JsonNames.CamelCase(p.Kind), JsonNames.CamelCase(p.Position), p.Index, p.Certificate.Sha256Fingerprint, p.Message)).ToList(),
            validation.NameMatch is { } match
                ? new NameMatchDto(match.ExpectedName, match.Matched, match.MatchedOnlyCommonName, match.PresentedNames)
                : null,
            new ChainFactsDto(facts.InOrder, facts.ContainsAnchor, facts.DuplicateCount, facts.UnrelatedCount,
                facts.LeafMatchesName, facts.MissingIssuer, facts.MissingIssuerUrl));
    }
}
