using System.Text;
using System.Text.Json;

namespace Certwatch.X509.Conformance;

/// <summary>Writes the limbo harness protocol's results document: <c>{"version":1,"harness":…,"results":[…]}</c>.</summary>
public static class LimboResultsWriter
{
    public const string HarnessName = "certwatch";

    public static string Write(IEnumerable<LimboResult> results)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("harness", HarnessName);
            json.WriteStartArray("results");
            foreach (var result in results)
            {
                json.WriteStartObject();
                json.WriteString("id", result.Id);
                json.WriteString("actual_result", Text(result.ActualResult));
                json.WriteString("context", result.Context);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Text(LimboOutcome outcome) => outcome switch
    {
        LimboOutcome.Success => "SUCCESS",
        LimboOutcome.Failure => "FAILURE",
        _ => "SKIPPED",
    };
}
