using System.Text.Json.Serialization;

namespace Certwatch.Cli.Json;

/// <summary>Source-generated serializer (no reflection, Native AOT safe). Nulls are written, so every documented property is always present.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CheckReportDocument))]
internal sealed partial class CheckReportJsonContext : JsonSerializerContext;
