using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// SSLv2 support (DROWN, CVE-2016-0800): an SSLv2 CLIENT-HELLO offering every SSLv2 cipher kind; a
/// SERVER-HELLO means the server speaks SSLv2, and lists the kinds it would use (possibly none).
/// </summary>
internal static class Ssl2Probe
{
    private const int ChallengeBytes = 16;

    public sealed record Result(ProtocolSupport Support, IReadOnlyList<Ssl2CipherKind> Kinds, string? ConnectFailure);

    public static async Task<Result> RunAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var result = await ExchangeAsync(context, cancellationToken);
        if (result.Flight?.Failure == Tls.Probing.FlightFailure.Timeout)
        {
            // a busy single-threaded server lets queued connections time out: ask once more (see ProtocolProbe)
            result = await ExchangeAsync(context, cancellationToken);
        }

        var answer = result.Flight?.Answer.Ssl2ServerHello;
        return answer is not null
            ? new Result(new ProtocolSupport(ProtocolVersion.Ssl2, true, $"{answer.CipherKinds.Count} cipher kinds"), answer.CipherKinds, null)
            : new Result(new ProtocolSupport(ProtocolVersion.Ssl2, false, result.Describe()), [], result.ConnectFailure);
    }

    private static Task<HelloResult> ExchangeAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var hello = new Ssl2ClientHello(ProtocolVersion.Ssl2, [.. Ssl2CipherKind.AllKnown], ReadOnlyMemory<byte>.Empty, context.Random.Bytes(ChallengeBytes));
        return context.ExchangeAsync(Ssl2ClientHelloBuilder.Build(hello), cancellationToken);
    }

    public static Result Failed(string reason) => new(new ProtocolSupport(ProtocolVersion.Ssl2, false, reason), [], reason);

    public static ProbeOutcome<IReadOnlyList<Ssl2CipherKind>> Ciphers(Result result, TimeSpan elapsed) => result.ConnectFailure is { } failure
        ? ProbeOutcome<IReadOnlyList<Ssl2CipherKind>>.Failed(failure, elapsed)
        : ProbeOutcome<IReadOnlyList<Ssl2CipherKind>>.Completed(result.Kinds, elapsed);
}
