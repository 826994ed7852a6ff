namespace Certwatch.Tls.StartTls;

/// <summary>PostgreSQL SSLRequest (protocol docs §55.2.10 "SSL Session Encryption"): 8 bytes, answered by one byte 'S' or 'N'.</summary>
internal static class PostgresDialogue
{
    // Int32 length 8, Int32 code 80877103 (1234 << 16 | 5679).
    private static readonly byte[] SslRequest = [0x00, 0x00, 0x00, 0x08, 0x04, 0xd2, 0x16, 0x2f];

    public static async Task<StartTlsResult> RunAsync(DialogueSession session)
    {
        if (!await session.WriteAsync(SslRequest) || await session.ReadBytesAsync("SSLRequest answer", 1) is not { } answer)
        {
            return session.Failed();
        }

        return answer[0] switch
        {
            (byte)'S' => session.Result(StartTlsOutcome.Ready),
            (byte)'N' => session.Result(StartTlsOutcome.NotOffered, "the PostgreSQL server answered the SSLRequest with 'N' (ssl = off)"),

            // A server older than 7.0 or a proxy answers with an ErrorResponse.
            (byte)'E' => session.Result(StartTlsOutcome.Refused, "the PostgreSQL server answered the SSLRequest with an ErrorResponse"),
            var other => session.Result(StartTlsOutcome.ProtocolError, $"the server answered the SSLRequest with byte 0x{other:X2}, not 'S' or 'N' (is this PostgreSQL?)"),
        };
    }
}
