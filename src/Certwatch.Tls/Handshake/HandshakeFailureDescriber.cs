namespace Certwatch.Tls.Handshake;

/// <summary>
/// Turns what went wrong during the TLS handshake into an outcome and one line. SslStream reports a plain-text
/// answer, a closed connection and a TLS alert with similar exceptions, so what the peer actually sent (the
/// recording stream) decides first, the exception only last.
/// </summary>
internal static class HandshakeFailureDescriber
{
    public static ProbeFailure Describe(Exception? exception, FirstBytesRecordingStream wire, bool timedOut, TimeSpan timeout)
    {
        if (NonTlsGreeting.Describe(wire.FirstBytes) is { } notTls)
        {
            return new(HandshakeOutcome.NotTls, notTls);
        }

        if (TlsAlert.Describe(wire.FirstBytes) is { } alert)
        {
            return new(HandshakeOutcome.HandshakeFailed, alert);
        }

        if (timedOut)
        {
            return new(HandshakeOutcome.HandshakeTimeout, wire.FirstBytes.IsEmpty
                ? $"TLS handshake timed out after {Durations.Describe(timeout)}: the server accepted the connection but never answered the ClientHello"
                : $"TLS handshake timed out after {Durations.Describe(timeout)}");
        }

        if (wire.SawReset)
        {
            return new(HandshakeOutcome.ClosedDuringHandshake, "the server reset the connection during the TLS handshake");
        }

        if (wire.SawEndOfStream)
        {
            return new(HandshakeOutcome.ClosedDuringHandshake, wire.FirstBytes.IsEmpty
                ? "the server closed the connection without answering the ClientHello"
                : "the server closed the connection during the TLS handshake");
        }

        return new(HandshakeOutcome.HandshakeFailed, "TLS handshake failed: " + InnermostMessage(exception));
    }

    // The useful text (OpenSSL's "sslv3 alert handshake failure", "no protocols available") sits in the
    // innermost exception; SslStream's outer "Authentication failed, see inner exception" says nothing.
    private static string InnermostMessage(Exception? exception)
    {
        if (exception is null)
        {
            return "unknown error";
        }

        var message = exception.Message;
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (!string.IsNullOrWhiteSpace(e.Message))
            {
                message = e.Message;
            }
        }

        return string.IsNullOrWhiteSpace(message) ? "unknown error" : OneLine(message);
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
