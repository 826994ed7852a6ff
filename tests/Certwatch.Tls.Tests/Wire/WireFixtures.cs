using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Wire;

/// <summary>Captured bytes under Wire/Fixtures (see Fixtures/README.md for how each was produced).</summary>
internal static class WireFixtures
{
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Directory(), "Fixtures", name));

    /// <summary>The handshake messages of a captured server flight, in order.</summary>
    public static IReadOnlyList<HandshakeMessage> Messages(string name)
    {
        TlsRecord.TryReadAll(Read(name), out var records, out var error).ShouldBeTrue(error.ToString());
        HandshakeMessage.TryReadAll(records, out var messages, out error).ShouldBeTrue(error.ToString());
        return messages;
    }

    public static byte[] Body(string name, HandshakeType type) => Messages(name).First(m => m.Type == type).Body.ToArray();

    public static byte[] Hex(string hex) => Convert.FromHexString(string.Concat(hex.Where(char.IsAsciiHexDigit)));

    // Copied to the output by the csproj: CI maps source paths to /_/, so the source tree cannot be found from here.
    private static string Directory() => Path.Combine(AppContext.BaseDirectory, "Wire");
}
