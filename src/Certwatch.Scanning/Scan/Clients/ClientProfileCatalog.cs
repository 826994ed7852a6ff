using System.Collections.Frozen;
using System.Text.Json;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Clients;

/// <summary>
/// The simulated clients, loaded once from the embedded <c>Scan/Clients/Data/*.json</c>. The ClientHello facts
/// come from SSL Labs' client list (the bytes testssl.sh records in etc/client-simulation.txt) and the clients'
/// documented changes since; each file names its source. An unknown suite, group or scheme name is a data bug
/// and fails loudly (the guard test loads every file).
/// </summary>
public static class ClientProfileCatalog
{
    private const string Prefix = "Certwatch.Scanning.Scan.Clients.Data.";

    private static readonly Lazy<IReadOnlyList<ClientProfile>> Profiles = new(Load);

    private static readonly Lazy<FrozenDictionary<string, SignatureScheme>> SchemesByName = new(() =>
        Enumerable.Range(0, 0x1000).Select(v => new SignatureScheme((ushort)v)).Where(s => s.Name is not null)
            .ToFrozenDictionary(s => s.Name!, StringComparer.OrdinalIgnoreCase));

    /// <summary>Current browsers first, then the others by name.</summary>
    public static IReadOnlyList<ClientProfile> All => Profiles.Value;

    public static ClientProfile? Find(string id) => All.FirstOrDefault(p => p.Id == id);

    private static IReadOnlyList<ClientProfile> Load()
    {
        var assembly = typeof(ClientProfileCatalog).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => Parse(n[Prefix.Length..^".json".Length], assembly.GetManifestResourceStream(n)!))
            .OrderByDescending(p => p.ModernBrowser)
            .ThenBy(p => p.Name, StringComparer.Ordinal)];
    }

    private static ClientProfile Parse(string id, Stream stream)
    {
        using (stream)
        using (var json = JsonDocument.Parse(stream))
        {
            var root = json.RootElement;
            return new ClientProfile(
                id,
                root.GetProperty("name").GetString()!,
                root.GetProperty("platform").GetString(),
                root.GetProperty("modernBrowser").GetBoolean(),
                root.GetProperty("source").GetString()!,
                Names(root, "versions", id, name => KnownValue(Version(name))),
                Names(root, "cipherSuites", id, name => Known(CipherSuiteRegistry.FindByName(name))),
                Names(root, "groups", id, name => KnownValue(NamedGroupRegistry.FindByName(name)?.Id)),
                Names(root, "signatureAlgorithms", id, name => (SchemesByName.Value.TryGetValue(name, out var scheme), scheme)),
                OptionalInt(root, "minDhBits"),
                OptionalInt(root, "maxDhBits"));
        }
    }

    private static IReadOnlyList<T> Names<T>(JsonElement root, string property, string id, Func<string, (bool Found, T Value)> lookup) =>
        [.. root.GetProperty(property).EnumerateArray().Select(e => e.GetString() ?? string.Empty).Select(name => lookup(name) is (true, var value)
            ? value
            : throw new InvalidDataException($"client profile {id}: unknown {property} entry '{name}'"))];

    private static (bool, T) Known<T>(T? value)
        where T : class => (value is not null, value!);

    private static (bool, T) KnownValue<T>(T? value)
        where T : struct => (value.HasValue, value.GetValueOrDefault());

    private static ProtocolVersion? Version(string name) => name switch
    {
        "SSLv3" => ProtocolVersion.Ssl3,
        "TLSv1.0" => ProtocolVersion.Tls10,
        "TLSv1.1" => ProtocolVersion.Tls11,
        "TLSv1.2" => ProtocolVersion.Tls12,
        "TLSv1.3" => ProtocolVersion.Tls13,
        _ => null,
    };

    private static int? OptionalInt(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
