using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// TLS compression (CRIME): a hello offering DEFLATE (RFC 3749 §2, method 1) before null; the server's
/// compression_method says whether it compresses. TLS 1.3 has no compression (RFC 8446 §4.1.2).
/// </summary>
internal static class CompressionProbe
{
    private const byte Deflate = 1;

    public static async Task<ProbeOutcome<bool>> RunAsync(ProbeContext context, IReadOnlyList<ProtocolVersion> supported, CancellationToken cancellationToken)
    {
        if (Versions.BestTls12OrOlder(supported) is not { } version)
        {
            return supported.Contains(ProtocolVersion.Tls13)
                ? ProbeOutcome<bool>.Completed(false)
                : ProbeOutcome<bool>.Skipped("no SSLv3–TLS 1.2 supported");
        }

        var started = ProbeClock.Start();
        var spec = HelloSpecs.Offering(context, version) with { CompressionMethods = [Deflate, 0] };
        var result = await context.ExchangeAsync(ClientHelloBuilder.Build(spec), cancellationToken);
        return result.IsServerHello
            ? ProbeOutcome<bool>.Completed(result.ServerHello!.CompressionMethod == Deflate, started.Elapsed)
            : ProbeOutcome<bool>.Failed($"{version} hello offering DEFLATE: {result.Describe()}", started.Elapsed);
    }
}
