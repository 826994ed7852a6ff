using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Probing;

/// <summary>
/// Decides, from the bytes a server sent so far, whether its answer to a ClientHello is complete. Pure and
/// re-run on the growing buffer after every read; every loop consumes input, so hostile bytes end it.
/// </summary>
internal static class FlightAssembler
{
    /// <returns>Complete: stop reading; Flight: the answer as far as it goes.</returns>
    public static (bool Complete, ServerFlight Flight) Evaluate(ReadOnlySpan<byte> bytes)
    {
        var answer = ServerAnswer.Read(bytes);
        var records = ReadRecords(bytes);
        var flight = new ServerFlight(answer, [], null) { Records = records, BytesRead = bytes.Length };
        return answer.Kind switch
        {
            ServerAnswerKind.Incomplete => (false, flight),
            ServerAnswerKind.Alert or ServerAnswerKind.Ssl2ServerHello => (true, flight),
            ServerAnswerKind.Malformed => (true, flight with { Error = $"malformed answer ({answer.Error})", Failure = FlightFailure.Malformed }),
            ServerAnswerKind.NotTls => (true, flight with { Error = "the server answered with something that is not TLS", Failure = FlightFailure.NotTls }),
            _ => EvaluateHandshake(flight, records),
        };
    }

    // RFC 8446 §4.1.3: after a TLS 1.3 ServerHello or a HelloRetryRequest everything else is encrypted or a retry;
    // RFC 5246 §7.3: a TLS ≤ 1.2 first flight ends with ServerHelloDone.
    private static (bool, ServerFlight) EvaluateHandshake(ServerFlight flight, IReadOnlyList<TlsRecord> records)
    {
        var leading = records.TakeWhile(r => r.ContentType == ContentType.Handshake).ToList();
        var messages = CompleteMessages(leading);
        flight = flight with { Messages = messages };
        var hello = flight.ServerHello!;
        if (hello.IsHelloRetryRequest || hello.NegotiatedVersion == ProtocolVersion.Tls13 || messages.Any(m => m.Type == HandshakeType.ServerHelloDone))
        {
            return (true, flight);
        }

        // Anything but handshake after the ServerHello (an alert, a CCS of an abbreviated handshake) ends the flight.
        return records.Count > leading.Count
            ? (true, flight with { Error = $"the flight ended with a {records[leading.Count].ContentType} record before ServerHelloDone", Failure = FlightFailure.Malformed })
            : (false, flight);
    }

    private static List<TlsRecord> ReadRecords(ReadOnlySpan<byte> bytes)
    {
        var records = new List<TlsRecord>();
        if (!bytes.IsEmpty && (bytes[0] & 0x80) != 0)
        {
            return records; // SSLv2 framing
        }

        while (TlsRecord.TryRead(bytes, out var record, out var consumed, out _))
        {
            records.Add(record!);
            bytes = bytes[consumed..];
        }

        return records;
    }

    private static List<HandshakeMessage> CompleteMessages(IReadOnlyList<TlsRecord> handshakeRecords)
    {
        var stream = handshakeRecords.SelectMany(r => r.Fragment.ToArray()).ToArray().AsSpan();
        var messages = new List<HandshakeMessage>();
        while (HandshakeMessage.TryRead(stream, out var message, out var consumed, out _))
        {
            messages.Add(message!);
            stream = stream[consumed..];
        }

        return messages;
    }
}
