namespace Certwatch.Cli.Json;

/// <summary>The suites one version accepts, in the server's order when <see cref="ServerOrder"/>.</summary>
public sealed record ScanProtocolCiphersDto(string Version, bool ServerOrder, IReadOnlyList<ScanSuiteDto> Suites);
