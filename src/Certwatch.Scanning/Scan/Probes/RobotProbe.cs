using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// ROBOT (Return Of Bleichenbacher's Oracle Threat, robotattack.org; CVE-2017-13099 and kin), tested the way
/// sslyze and testssl.sh do. One connection per <see cref="RobotVariant"/>: a hello offering only the RSA key
/// exchange suites the server accepted, then ClientKeyExchange with the variant's block encrypted to the leaf's
/// key, ChangeCipherSpec and a Finished of random bytes. RFC 5246 §7.4.7.1 requires the same answer whatever the
/// padding; different answers are an oracle that decrypts recorded sessions or signs with the server's key.
/// A second round confirms an oracle: at most 10 connections, sent one after another.
/// </summary>
internal static class RobotProbe
{
    private static readonly TimeSpan MostWindow = TimeSpan.FromSeconds(2);

    public static async Task<ProbeOutcome<RobotFacts>> RunAsync(
        ProbeContext context, ProbeOutcome<IReadOnlyList<ProtocolCiphers>> ciphers, bool enabled, CancellationToken cancellationToken)
    {
        if (!enabled)
        {
            return ProbeOutcome<RobotFacts>.Skipped("active vulnerability probes turned off");
        }

        if (!ciphers.IsCompleted)
        {
            return ProbeOutcome<RobotFacts>.Skipped("no cipher suite list: " + ciphers.Reason);
        }

        if (Target(ciphers.Value!) is not { } target)
        {
            return ProbeOutcome<RobotFacts>.Skipped("no RSA key exchange");
        }

        var started = ProbeClock.Start();
        var first = await RoundAsync(context, target.Version, target.Suites, cancellationToken);
        if (first.Failure is { } failed)
        {
            return ProbeOutcome<RobotFacts>.Failed(failed, started.Elapsed);
        }

        var second = RobotJudge.Uniform(first.Responses) ? first with { Responses = [] } : await RoundAsync(context, target.Version, target.Suites, cancellationToken);
        return second.Failure is { } again
            ? ProbeOutcome<RobotFacts>.Failed("second round: " + again, started.Elapsed)
            : ProbeOutcome<RobotFacts>.Completed(RobotJudge.Judge(first.Suite, first.Responses, second.Responses), started.Elapsed);
    }

    // The newest TLS 1.0–1.2 version with an accepted RSA key exchange suite, and those suites.
    private static (ProtocolVersion Version, IReadOnlyList<CipherSuiteId> Suites)? Target(IReadOnlyList<ProtocolCiphers> ciphers) => ciphers
        .Where(p => p.Version.Value is >= 0x0301 and <= 0x0303)
        .OrderByDescending(p => p.Version.Value)
        .Select(p => (p.Version, Suites: (IReadOnlyList<CipherSuiteId>)[.. p.Suites.Where(s => s.Suite.KeyExchange == KeyExchange.Rsa).Select(s => s.Suite.Id)]))
        .Where(p => p.Suites.Count > 0)
        .Cast<(ProtocolVersion, IReadOnlyList<CipherSuiteId>)?>()
        .FirstOrDefault();

    // The key exchanges of a round are independent connections. The first goes alone (a server whose key cannot
    // be used stops the probe after one connection); the other four run side by side within the per-host cap,
    // so a server that answers none of them costs two read windows, not five.
    private static async Task<RobotRound> RoundAsync(ProbeContext context, ProtocolVersion version, IReadOnlyList<CipherSuiteId> suites, CancellationToken cancellationToken)
    {
        var variants = Enum.GetValues<RobotVariant>();
        var first = await ExchangeAsync(context, version, suites, variants[0], cancellationToken);
        (RobotResponse? Response, string? Suite, string? Failure)[] exchanges = first.Failure is not null
            ? [first]
            : [first, .. await Task.WhenAll(variants.Skip(1).Select(v => ExchangeAsync(context, version, suites, v, cancellationToken)))];
        var responses = new List<RobotResponse>();
        var suite = string.Empty;
        for (var i = 0; i < exchanges.Length; i++)
        {
            var (response, chosen, failure) = exchanges[i];
            if (failure is not null)
            {
                return new RobotRound(responses, suite, $"{RobotJudge.Label(variants[i])} key exchange: {failure}");
            }

            responses.Add(response!);
            suite = chosen!;
        }

        return new RobotRound(responses, suite, null);
    }

    private static Task<(RobotResponse? Response, string? Suite, string? Failure)> ExchangeAsync(
        ProbeContext context, ProtocolVersion version, IReadOnlyList<CipherSuiteId> suites, RobotVariant variant, CancellationToken cancellationToken) =>
        context.ExchangeThenAsync(
            ClientHelloBuilder.Build(HelloSpecs.Legacy(context, version, suites)),
            async (stream, result) =>
            {
                if (Key(result) is not { } key)
                {
                    return (null, null, KeyProblem(result));
                }

                var negotiated = result.ServerHello!.NegotiatedVersion;
                var block = RobotPremaster.Block(variant, key.Modulus!.Length, version, context.Random);
                var encrypted = RobotPremaster.Encrypt(block, key);
                var keyExchange = new HandshakeMessage(HandshakeType.ClientKeyExchange, (byte[])[(byte)(encrypted.Length >> 8), (byte)encrypted.Length, .. encrypted]);
                byte[] records =
                [
                    .. FollowUpRecords.Record(ContentType.Handshake, negotiated, keyExchange.ToBytes()),
                    .. FollowUpRecords.ChangeCipherSpec(negotiated),
                    .. FollowUpRecords.Record(ContentType.Handshake, negotiated, context.Random.Bytes(64)),
                ];
                var window = context.Limits.ReadTimeout < MostWindow ? context.Limits.ReadTimeout : MostWindow;
                var answer = await RecordListener.SendAndListenAsync(stream, records, window, 64 * 1024,
                    read => read.Any(r => r.ContentType == ContentType.Alert), cancellationToken);
                return (Classify(variant, answer), CipherSuiteRegistry.Find(result.ServerHello.CipherSuite)?.IanaName ?? result.ServerHello.CipherSuite.ToString(), (string?)null);
            },
            failed => ((RobotResponse?)null, (string?)null, (string?)failed.Describe()),
            cancellationToken);

    internal static RobotResponse Classify(RobotVariant variant, RecordsRead answer) => answer.FirstAlert is { } alert
        ? new RobotResponse(variant, RobotReaction.Alert, alert)
        : answer.End switch
        {
            RecordsEnd.Closed when answer.Records.Count == 0 => new RobotResponse(variant, RobotReaction.Closed),
            RecordsEnd.Reset when answer.Records.Count == 0 => new RobotResponse(variant, RobotReaction.Reset),
            RecordsEnd.WindowOver when answer.Records.Count == 0 && answer.TrailingBytes == 0 => new RobotResponse(variant, RobotReaction.Timeout),
            _ => new RobotResponse(variant, RobotReaction.Other),
        };

    // The leaf's RSA public key, when the server completed its flight with an RSA key exchange suite.
    private static RSAParameters? Key(HelloResult result)
    {
        if (result.Flight?.Find(HandshakeType.ServerHelloDone) is null || result.ServerHello is not { } hello
            || CipherSuiteRegistry.Find(hello.CipherSuite)?.KeyExchange != KeyExchange.Rsa
            || result.Flight.Find(HandshakeType.Certificate) is not { } message
            || !CertificateMessage.TryParse(message.Body.Span, out var certificates, out _) || certificates.Certificates.Count == 0)
        {
            return null;
        }

        try
        {
            using var leaf = X509CertificateLoader.LoadCertificate(certificates.Certificates[0].Span);
            using var rsa = leaf.GetRSAPublicKey();
            return rsa?.ExportParameters(false) is { Modulus.Length: >= RobotPremaster.MinModulusBytes } key ? key : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static string KeyProblem(HelloResult result) =>
        result.Flight?.Find(HandshakeType.ServerHelloDone) is null || result.ServerHello is null ? $"no complete first flight: {result.Describe()}"
        : CipherSuiteRegistry.Find(result.ServerHello.CipherSuite)?.KeyExchange != KeyExchange.Rsa ? $"the server chose {result.ServerHello.CipherSuite}, not an RSA key exchange suite"
        : "the server's leaf certificate has no readable RSA public key";
}
