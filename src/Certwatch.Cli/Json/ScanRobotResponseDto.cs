namespace Certwatch.Cli.Json;

/// <summary>The server's answer to one ROBOT variant.</summary>
/// <param name="Variant">correct, wrongFirstBytes, noSeparator, wrongVersion or wrongLength.</param>
/// <param name="Reaction">alert, closed, reset, timeout or other.</param>
/// <param name="AlertLevel">The alert's level byte, when the reaction is an alert.</param>
/// <param name="AlertDescription">The alert's description byte, when the reaction is an alert.</param>
/// <param name="Answer">"fatal bad_record_mac(20) alert", "connection closed", "no answer".</param>
public sealed record ScanRobotResponseDto(string Variant, string Reaction, int? AlertLevel, int? AlertDescription, string Answer);
