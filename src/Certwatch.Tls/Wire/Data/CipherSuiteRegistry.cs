using System.Collections.Frozen;
using System.Globalization;

namespace Certwatch.Tls.Wire;

/// <summary>
/// The IANA TLS Cipher Suites registry (RFC 8447 §8), loaded once from the embedded
/// <c>Data/cipher-suites.csv</c>. Names and values follow IANA; OpenSSL names were taken from
/// <c>openssl ciphers -stdname -V</c> (OpenSSL 3.0) and the OpenSSL ciphers(1) page for suites 3.0 no longer builds.
/// </summary>
public static class CipherSuiteRegistry
{
    private const string ResourceName = "Certwatch.Tls.Wire.Data.cipher-suites.csv";

    private static readonly Lazy<Table> Suites = new(Load);

    /// <summary>Every registered suite, in value order.</summary>
    public static IReadOnlyList<CipherSuiteInfo> All => Suites.Value.Rows;

    public static CipherSuiteInfo? Find(CipherSuiteId id) => Suites.Value.ById.GetValueOrDefault(id.Value);

    /// <summary>Looks a suite up by its IANA or OpenSSL name (case-insensitive).</summary>
    public static CipherSuiteInfo? FindByName(string name) => Suites.Value.ByName.GetValueOrDefault(name);

    private sealed record Table(
        IReadOnlyList<CipherSuiteInfo> Rows,
        FrozenDictionary<ushort, CipherSuiteInfo> ById,
        FrozenDictionary<string, CipherSuiteInfo> ByName);

    private static Table Load()
    {
        using var stream = typeof(CipherSuiteRegistry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        var rows = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(ParseRow).ToList();
        var names = rows.Select(r => (r.IanaName, r))
            .Concat(rows.Where(r => r.OpenSslName is not null && r.OpenSslName != r.IanaName).Select(r => (r.OpenSslName!, r)));
        return new Table(
            rows,
            rows.ToFrozenDictionary(r => r.Id.Value),
            names.ToFrozenDictionary(n => n.Item1, n => n.r, StringComparer.OrdinalIgnoreCase));
    }

    // value,iana_name,openssl_name,key_exchange,authentication,cipher,key_bits,mac,forward_secrecy,export,min_protocol
    private static CipherSuiteInfo ParseRow(string line)
    {
        var f = line.TrimEnd('\r').Split(',');
        return new CipherSuiteInfo(
            new CipherSuiteId(ushort.Parse(f[0].AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)),
            f[1],
            f[2].Length == 0 ? null : f[2],
            CipherSuiteColumns.KeyExchange(f[3]),
            CipherSuiteColumns.Authentication(f[4]),
            f[5],
            int.Parse(f[6], CultureInfo.InvariantCulture),
            f[7],
            f[8] == "true",
            f[9] == "true",
            CipherSuiteColumns.Protocol(f[10]));
    }
}
