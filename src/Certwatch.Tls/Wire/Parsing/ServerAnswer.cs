namespace Certwatch.Tls.Wire;

/// <summary>
/// Classifies the bytes a server sent in answer to a ClientHello — the decision every version, cipher and
/// group probe makes. Pure: the caller reads from the socket and calls again while the answer is
/// <see cref="ServerAnswerKind.Incomplete"/>.
/// </summary>
public sealed record ServerAnswer(ServerAnswerKind Kind, InvalidMessage Error = InvalidMessage.None)
{
    public ServerHello? ServerHello { get; init; }

    public Alert? Alert { get; init; }

    public Ssl2ServerHello? Ssl2ServerHello { get; init; }

    public static ServerAnswer Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return new ServerAnswer(ServerAnswerKind.Incomplete, InvalidMessage.MessageTooShort);
        }

        // An SSLv2 2-byte header has its high bit set; no TLS content type does (RFC 5246 Appendix E.2).
        if ((bytes[0] & 0x80) != 0)
        {
            return ReadSsl2(bytes);
        }

        if (!TlsRecord.TryRead(bytes, out var first, out _, out var error))
        {
            return Failed(error);
        }

        return first!.ContentType.Value switch
        {
            21 => ReadAlert(first),
            22 => ReadServerHello(bytes),
            _ => new ServerAnswer(ServerAnswerKind.Malformed, InvalidMessage.UnexpectedMessageType),
        };
    }

    private static ServerAnswer ReadSsl2(ReadOnlySpan<byte> bytes) =>
        Ssl2ServerHello.TryParse(bytes, out var hello, out var error)
            ? new ServerAnswer(ServerAnswerKind.Ssl2ServerHello) { Ssl2ServerHello = hello }
            : Failed(error);

    private static ServerAnswer ReadAlert(TlsRecord record) =>
        Wire.Alert.TryParse(record.Fragment.Span, out var alert, out var error)
            ? new ServerAnswer(ServerAnswerKind.Alert) { Alert = alert }
            : new ServerAnswer(ServerAnswerKind.Malformed, error);

    // The ServerHello may span several handshake records; join the complete ones that lead the stream.
    private static ServerAnswer ReadServerHello(ReadOnlySpan<byte> bytes)
    {
        var stream = new List<byte>();
        while (TlsRecord.TryRead(bytes, out var record, out var consumed, out _) && record!.ContentType == ContentType.Handshake)
        {
            stream.AddRange(record.Fragment.Span);
            bytes = bytes[consumed..];
        }

        if (!HandshakeMessage.TryRead(stream.ToArray(), out var message, out _, out var error))
        {
            return Failed(error);
        }

        if (message!.Type != HandshakeType.ServerHello)
        {
            return new ServerAnswer(ServerAnswerKind.Malformed, InvalidMessage.UnexpectedMessageType);
        }

        return Wire.ServerHello.TryParse(message.Body.Span, out var hello, out error)
            ? new ServerAnswer(hello.IsHelloRetryRequest ? ServerAnswerKind.HelloRetryRequest : ServerAnswerKind.ServerHello) { ServerHello = hello }
            : new ServerAnswer(ServerAnswerKind.Malformed, error);
    }

    private static ServerAnswer Failed(InvalidMessage error) => error switch
    {
        InvalidMessage.MessageTooShort => new ServerAnswer(ServerAnswerKind.Incomplete, error),
        InvalidMessage.UnknownRecordType => new ServerAnswer(ServerAnswerKind.NotTls, error),
        _ => new ServerAnswer(ServerAnswerKind.Malformed, error),
    };
}
