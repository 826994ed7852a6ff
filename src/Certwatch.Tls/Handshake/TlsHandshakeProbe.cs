using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Certwatch.Core.Targets;
using Certwatch.Tls.StartTls;

namespace Certwatch.Tls.Handshake;

/// <summary>
/// Connects to one address and performs a real handshake through SslStream, capturing the certificates
/// exactly as the server sent them. Never throws for a network condition: it returns an observation.
/// Only cancellation through the caller's token throws (OperationCanceledException).
/// </summary>
public static class TlsHandshakeProbe
{
    public static async Task<HandshakeObservation> ProbeAsync(IPEndPoint endpoint, string? serverName, ProbeOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(options);
        var observation = new HandshakeObservation
        {
            Address = endpoint.Address.ToString(),
            Port = endpoint.Port,
            ServerName = serverName,
            Outcome = HandshakeOutcome.Completed,
        };

        var started = Stopwatch.GetTimestamp();
        var (socket, failure) = await TcpConnector.ConnectAsync(endpoint, options.ConnectTimeout, cancellationToken);
        observation = observation with { ConnectTime = Stopwatch.GetElapsedTime(started) };
        if (socket is null)
        {
            return WithFailure(observation, failure!);
        }

        await using var network = new NetworkStream(socket, ownsSocket: true);
        if (options.StartTls != StartTlsProtocol.None)
        {
            var dialogue = await StartTlsDialogue.RunAsync(options.StartTls, network, serverName ?? observation.Address, options.StartTlsStepTimeout, cancellationToken);
            observation = observation with { StartTls = dialogue };
            if (dialogue.Outcome != StartTlsOutcome.Ready)
            {
                return WithFailure(observation, new ProbeFailure(HandshakeOutcome.StartTlsFailed, dialogue.Detail ?? dialogue.Outcome.ToString()));
            }
        }

        // Recording starts after the dialogue, so "not TLS" judges what answered the ClientHello, not the banner.
        await using var wire = new FirstBytesRecordingStream(network);
        await using var tls = new SslStream(wire, leaveInnerStreamOpen: true);
        return await HandshakeAsync(tls, wire, observation, options, cancellationToken);
    }

    private static async Task<HandshakeObservation> HandshakeAsync(
        SslStream tls, FirstBytesRecordingStream wire, HandshakeObservation observation, ProbeOptions options, CancellationToken cancellationToken)
    {
        var served = new List<byte[]>();
        var host = observation.ServerName ?? observation.Address;
        var started = Stopwatch.GetTimestamp();
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(options.HandshakeTimeout);
        try
        {
            await tls.AuthenticateAsClientAsync(ClientOptions(host, options.SendHttpHead, options.StartTls == StartTlsProtocol.None, served), timeoutSource.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var timedOut = e is OperationCanceledException;
            return WithFailure(observation with { HandshakeTime = Stopwatch.GetElapsedTime(started), ServedCertificates = served },
                HandshakeFailureDescriber.Describe(e, wire, timedOut, options.HandshakeTimeout));
        }

        observation = observation with
        {
            HandshakeTime = Stopwatch.GetElapsedTime(started),
            ServedCertificates = served,
            Protocol = NegotiatedNames.Protocol(tls.SslProtocol),
            CipherSuite = NegotiatedNames.CipherSuite(tls.NegotiatedCipherSuite),
            Alpn = NegotiatedNames.Alpn(tls.NegotiatedApplicationProtocol),
        };
        return await WithHttpAsync(tls, observation, options, cancellationToken);
    }

    private static async Task<HandshakeObservation> WithHttpAsync(SslStream tls, HandshakeObservation observation, ProbeOptions options, CancellationToken cancellationToken)
    {
        // HEAD / means something only on HTTPS; after STARTTLS the server speaks mail, LDAP, SQL….
        if (!options.SendHttpHead || options.StartTls != StartTlsProtocol.None || observation.Alpn is not (null or "http/1.1"))
        {
            return observation;
        }

        var host = observation.ServerName ?? observation.Address;
        try
        {
            return observation with { Http = await HttpHeadExchange.RunAsync(tls, host, observation.Port, options.HttpTimeout, cancellationToken) };
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return observation with { Http = new HttpObservation(null, null, "HTTP exchange failed: " + e.Message) };
        }
    }

    private static SslClientAuthenticationOptions ClientOptions(string host, bool sendHttpHead, bool https, List<byte[]> served) => new()
    {
        // An IP literal as TargetHost sends no SNI (RFC 6066 §3 allows host names only).
        TargetHost = host,

        // None = the OS default, which OpenSslLegacyPolicy widens to every version OpenSSL still has.
        EnabledSslProtocols = System.Security.Authentication.SslProtocols.None,

        // Without HEAD, offer h2 too, so the observed ALPN is what a browser would get. With HEAD, offer only
        // http/1.1: we speak HTTP/1.1 only, and a server that supports h2 practically always supports it.
        // After STARTTLS no ALPN: mail, LDAP and SQL clients send none, and some servers reject unknown ones.
        ApplicationProtocols = !https ? null
            : sendHttpHead ? [SslApplicationProtocol.Http11]
            : [SslApplicationProtocol.Http2, SslApplicationProtocol.Http11],
        CertificateRevocationCheckMode = X509RevocationMode.NoCheck,

        // A resumed session carries no Certificate message: every probe must see what the server sends now.
        AllowTlsResume = false,

        // .NET builds a chain before our callback; its verdict is ignored (Certwatch's own verifier decides),
        // so keep it cheap and offline: no AIA fetches to addresses we did not choose, and an empty custom
        // root store instead of loading the system bundle.
        CertificateChainPolicy = new X509ChainPolicy
        {
            DisableCertificateDownloads = true,
            RevocationMode = X509RevocationMode.NoCheck,
            TrustMode = X509ChainTrustMode.CustomRootTrust,
        },
        RemoteCertificateValidationCallback = (_, certificate, chain, _) => Capture(certificate, chain, served),
    };

    // ExtraStore holds the certificates exactly as the server sent them: leaf first, order and duplicates
    // kept. We accept every chain: judging it is the analysis' job, and we must see it to judge it.
    private static bool Capture(X509Certificate? certificate, X509Chain? chain, List<byte[]> served)
    {
        served.Clear();
        if (chain is { ChainPolicy.ExtraStore.Count: > 0 })
        {
            served.AddRange(chain.ChainPolicy.ExtraStore.Select(c => c.RawData));
        }
        else if (certificate is not null)
        {
            served.Add(certificate.GetRawCertData());
        }

        return true;
    }

    private static HandshakeObservation WithFailure(HandshakeObservation observation, ProbeFailure failure) =>
        observation with { Outcome = failure.Outcome, Error = failure.Error };
}
