using System.Net.Security;
using System.Security.Authentication;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>
/// A full TLS 1.3 handshake through SslStream, for the facts TLS 1.3 only shows after the keys are agreed.
/// The certificate is not judged here (the certificate check does that), so every certificate is accepted.
/// </summary>
internal static class CompletedHandshake
{
    public static async Task<bool> NegotiatesAlpnAsync(ProbeContext context, string protocol, CancellationToken cancellationToken)
    {
        return await context.WithConnectionAsync(async stream =>
        {
            using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bound.CancelAfter(context.Limits.ReadTimeout);
            await using var tls = new SslStream(stream, leaveInnerStreamOpen: true);
            try
            {
                await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
                {
                    TargetHost = context.Endpoint.ServerName ?? "",
                    ApplicationProtocols = [new SslApplicationProtocol(protocol)],
                    EnabledSslProtocols = SslProtocols.Tls13,
                    RemoteCertificateValidationCallback = (_, _, _, _) => true,
                }, bound.Token);
                return tls.NegotiatedApplicationProtocol.ToString() == protocol;
            }
            catch (Exception e) when (e is AuthenticationException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }, false, cancellationToken);
    }
}
