using System.Text.Json.Serialization;

namespace Certwatch.Cli.Json;

/// <summary>Source-generated serializer for the scan report. Nulls are written, so every documented property is always present.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ScanReportDocument))]
internal sealed partial class ScanReportJsonContext : JsonSerializerContext;
