using System.Text.Json;
using System.Text.Json.Nodes;
using Certwatch.Cli.Tests.Fixtures;

namespace Certwatch.Cli.Tests.Scan;

/// <summary>
/// The published docs/scan-report.schema.json, checked strictly (undocumented properties fail). Its shapes
/// shared with the check report are references into check-report.schema.json; they are inlined here so the
/// checker (local $defs only) follows them, and so the scan schema can never drift from the check schema.
/// </summary>
internal static class ScanSchema
{
    private const string CheckReference = "check-report.schema.json#/$defs/";

    public static SchemaChecker Load()
    {
        var scan = Read("scan-report.schema.json");
        var check = Read("check-report.schema.json");
        var definitions = scan["$defs"]!.AsObject();
        foreach (var (name, definition) in check["$defs"]!.AsObject())
        {
            definitions.TryAdd(name, definition!.DeepClone());
        }

        Rewrite(scan);
        // Relaxed escaping keeps "A+" as written: the checker compares enum values by their raw JSON text.
        var text = scan.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return new SchemaChecker(JsonDocument.Parse(text).RootElement);
    }

    private static JsonObject Read(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, name)))!.AsObject();

    private static void Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith(CheckReference, StringComparison.Ordinal))
                {
                    obj["$ref"] = "#/$defs/" + reference[CheckReference.Length..];
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Rewrite(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Rewrite(child);
                }

                break;
        }
    }
}
