using System.Text.Json;

namespace Certwatch.Cli.Tests.Fixtures;

/// <summary>
/// A small JSON Schema checker for the subset docs/check-report.schema.json uses (type, required,
/// properties, items, enum, const, oneOf, $ref to $defs). Strict: a property the schema does not
/// document is an error too, so code and published schema cannot drift apart.
/// </summary>
internal sealed class SchemaChecker(JsonElement root)
{
    private readonly List<string> _errors = [];

    public static SchemaChecker Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "check-report.schema.json");
        return new SchemaChecker(JsonDocument.Parse(File.ReadAllText(path)).RootElement);
    }

    public IReadOnlyList<string> Check(JsonElement instance)
    {
        _errors.Clear();
        Check(root, instance, "$");
        return _errors;
    }

    private bool Check(JsonElement schema, JsonElement value, string at)
    {
        var before = _errors.Count;
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Check(Resolve(reference.GetString()!), value, at);
        }

        if (schema.TryGetProperty("oneOf", out var options))
        {
            CheckOneOf(options, value, at);
        }

        CheckType(schema, value, at);
        CheckValues(schema, value, at);
        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(schema, value, at);
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{at}[{i++}]");
            }
        }

        return _errors.Count == before;
    }

    private void CheckOneOf(JsonElement options, JsonElement value, string at)
    {
        var matches = options.EnumerateArray().Count(option => new SchemaChecker(root).Matches(option, value, at));
        if (matches != 1)
        {
            _errors.Add($"{at}: matches {matches} of oneOf");
        }
    }

    private bool Matches(JsonElement schema, JsonElement value, string at) => Check(schema, value, at);

    private void CheckType(JsonElement schema, JsonElement value, string at)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return;
        }

        var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
        if (!allowed.Any(t => IsType(t, value)))
        {
            _errors.Add($"{at}: {value.ValueKind} is not {string.Join("|", allowed)}");
        }
    }

    private void CheckValues(JsonElement schema, JsonElement value, string at)
    {
        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.GetRawText() == value.GetRawText()))
        {
            _errors.Add($"{at}: {value.GetRawText()} not in enum");
        }

        if (schema.TryGetProperty("const", out var constant) && constant.GetRawText() != value.GetRawText())
        {
            _errors.Add($"{at}: {value.GetRawText()} is not {constant.GetRawText()}");
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string at)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
            {
                _errors.Add($"{at}: missing required '{name}'");
            }
        }

        if (!schema.TryGetProperty("properties", out var properties))
        {
            return;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, $"{at}.{property.Name}");
            }
            else
            {
                _errors.Add($"{at}: '{property.Name}' is not documented in the schema");
            }
        }
    }

    private JsonElement Resolve(string reference) =>
        root.GetProperty("$defs").GetProperty(reference["#/$defs/".Length..]);

    private static bool IsType(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        _ => false,
    };
}
