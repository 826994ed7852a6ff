namespace Certwatch.Cli.Json;

/// <summary>Session resumption; <see cref="Resumed"/> is null when no resumption was attempted.</summary>
public sealed record ScanResumptionDto(bool SessionIdAssigned, bool TicketExtension, bool? Resumed);
