using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// TLS_FALLBACK_SCSV (RFC 7507 §3): a hello at the second-best supported version carrying 0x5600 must be
/// refused with inappropriate_fallback by a server that knows a higher version.
/// </summary>
internal static class FallbackScsvProbe
{
    public static async Task<ProbeOutcome<FallbackScsvFacts>> RunAsync(ProbeContext context, IReadOnlyList<ProtocolVersion> supported, CancellationToken cancellationToken)
    {
        var versions = Versions.NewestFirst(supported);
        if (versions.Count < 2)
        {
            return ProbeOutcome<FallbackScsvFacts>.Skipped("only one protocol version: nothing to fall back to");
        }

        var started = ProbeClock.Start();
        var fallback = versions[1];
        var suites = SuiteCatalog.Ids(SuiteCatalog.For(fallback)).Append(CipherSuiteId.FallbackScsv).ToList();
        var result = await context.ExchangeAsync(ClientHelloBuilder.Build(HelloSpecs.Legacy(context, fallback, suites)), cancellationToken);
        if (result.Alert is { } alert && alert.Description == AlertDescription.InappropriateFallback)
        {
            return ProbeOutcome<FallbackScsvFacts>.Completed(new FallbackScsvFacts(true, $"inappropriate_fallback alert to a {fallback} hello with TLS_FALLBACK_SCSV"), started.Elapsed);
        }

        return result.IsServerHello
            ? ProbeOutcome<FallbackScsvFacts>.Completed(new FallbackScsvFacts(false, $"accepted {result.ServerHello!.NegotiatedVersion} with TLS_FALLBACK_SCSV although {versions[0]} is supported"), started.Elapsed)
            : ProbeOutcome<FallbackScsvFacts>.Failed($"{fallback} hello with TLS_FALLBACK_SCSV: {result.Describe()}", started.Elapsed);
    }
}
