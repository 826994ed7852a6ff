namespace Certwatch.Cli.Json;

/// <summary>Supported groups, in the server's preference order when <see cref="ServerOrder"/>.</summary>
public sealed record ScanGroupsDto(IReadOnlyList<ScanCodeDto> Groups, bool ServerOrder);
