namespace Certwatch.Cli.Json;

/// <summary>Every probe of one address, raw observations only.</summary>
public sealed record ScanFactsDto(
    ScanProbeDto<IReadOnlyList<ScanProtocolDto>> Protocols,
    ScanProbeDto<IReadOnlyList<ScanSsl2CipherDto>> Ssl2Ciphers,
    ScanProbeDto<IReadOnlyList<ScanProtocolCiphersDto>> Ciphers,
    ScanProbeDto<ScanGroupsDto> Groups,
    ScanProbeDto<IReadOnlyList<ScanCodeDto>> SignatureAlgorithms,
    ScanProbeDto<IReadOnlyList<ScanCodeDto>> Tls13SignatureAlgorithms,
    ScanProbeDto<IReadOnlyList<string>> Alpn,
    ScanProbeDto<ScanResumptionDto> Resumption,
    ScanProbeDto<ScanOcspDto> OcspStapling,
    ScanProbeDto<ScanRenegotiationDto> Renegotiation,
    ScanProbeDto<bool?> Compression,
    ScanProbeDto<ScanFallbackScsvDto> FallbackScsv,
    ScanProbeDto<bool?> ExtendedMasterSecret,
    ScanProbeDto<bool?> HeartbeatExtension,
    ScanProbeDto<ScanVulnerabilityDto> Heartbleed,
    ScanProbeDto<ScanVulnerabilityDto> CcsInjection,
    ScanProbeDto<ScanRobotDto> Robot);
