using System.Globalization;
using System.Text.Json;

namespace Certwatch.X509.Conformance;

/// <summary>
/// Reads a whole x509-limbo suite (<c>{"version":1,"testcases":[…]}</c>) with <see cref="JsonDocument"/>.
/// Not JSON or the wrong shape gives false and a one-line reason, never an exception.
/// </summary>
public static class LimboSuiteReader
{
    public static bool TryRead(string json, out IReadOnlyList<LimboCase> cases, out string? error)
    {
        cases = [];
        try
        {
            using var document = JsonDocument.Parse(json);
            cases = ReadSuite(document.RootElement);
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            error = $"not a limbo suite: invalid JSON: {OneLine(e.Message)}";
        }
        catch (LimboFormatException e)
        {
            error = $"not a limbo suite: {e.Message}";
        }
        catch (InvalidOperationException e)
        {
            // JsonElement throws this when a value has another JSON type than the one asked for.
            error = $"not a limbo suite: {OneLine(e.Message)}";
        }
        catch (FormatException e)
        {
            error = $"not a limbo suite: {OneLine(e.Message)}";
        }

        return false;
    }

    private static List<LimboCase> ReadSuite(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("testcases", out var testcases) || testcases.ValueKind != JsonValueKind.Array)
        {
            throw new LimboFormatException("expected an object with a \"testcases\" array");
        }

        return testcases.EnumerateArray().Select((element, index) => ReadCase(element, index)).ToList();
    }

    private static LimboCase ReadCase(JsonElement element, int index)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new LimboFormatException($"testcases[{index}] is not an object");
        }

        var id = RequiredString(element, "id", index);
        return new LimboCase
        {
            Id = id,
            Description = OptionalString(element, "description"),
            ValidationKind = OptionalString(element, "validation_kind") ?? "SERVER",
            TrustedCerts = StringList(element, "trusted_certs") ?? [],
            UntrustedIntermediates = StringList(element, "untrusted_intermediates") ?? [],
            PeerCertificate = RequiredString(element, "peer_certificate", index),
            ValidationTime = OptionalString(element, "validation_time") is { } time
                ? DateTimeOffset.Parse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
                : null,
            SignatureAlgorithms = StringList(element, "signature_algorithms"),
            KeyUsage = StringList(element, "key_usage"),
            ExtendedKeyUsage = StringList(element, "extended_key_usage"),
            ExpectedResult = ParseOutcome(RequiredString(element, "expected_result", index), id),
            ExpectedPeerNames = PeerNames(element),
            MaxChainDepth = element.TryGetProperty("max_chain_depth", out var depth) && depth.ValueKind == JsonValueKind.Number ? depth.GetInt32() : null,
        };
    }

    /// <summary>The suite has both <c>expected_peer_name</c> (one) and <c>expected_peer_names</c> (a list); either may be null.</summary>
    private static List<LimboPeerName> PeerNames(JsonElement element)
    {
        var names = new List<LimboPeerName>();
        if (element.TryGetProperty("expected_peer_name", out var one) && one.ValueKind == JsonValueKind.Object)
        {
            names.Add(PeerName(one));
        }

        if (element.TryGetProperty("expected_peer_names", out var many) && many.ValueKind == JsonValueKind.Array)
        {
            names.AddRange(many.EnumerateArray().Select(PeerName));
        }

        return names;
    }

    private static LimboPeerName PeerName(JsonElement name) =>
        new(name.GetProperty("kind").GetString() ?? "", name.GetProperty("value").GetString() ?? "");

    private static LimboOutcome ParseOutcome(string text, string id) => text switch
    {
        "SUCCESS" => LimboOutcome.Success,
        "FAILURE" => LimboOutcome.Failure,
        _ => throw new LimboFormatException($"case '{id}': expected_result must be SUCCESS or FAILURE, not '{text}'"),
    };

    private static string RequiredString(JsonElement element, string name, int index) =>
        OptionalString(element, name) ?? throw new LimboFormatException($"testcases[{index}] has no string \"{name}\"");

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string>? StringList(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString() ?? "").ToList()
            : null;

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
