using Certwatch.Tls.Wire;

namespace Certwatch.TestKit.Servers.Scripted;

/// <summary>
/// One connection's RSA key exchange on a scripted server: ClientKeyExchange (checked, no answer), then
/// ChangeCipherSpec (no answer), then the Finished, which gets the configured answer and the close.
/// </summary>
internal sealed class ScriptedRsaSession(ScriptedRsaKeyExchange exchange, ProtocolVersion clientVersion, Func<int> nextIndex)
{
    private RsaPaddingCheck? _check;
    private int _index;
    private bool _changedCipherSpec;

    /// <summary>The reply to <paramref name="record"/>, or null when it is not part of the key exchange.</summary>
    public (byte[] Bytes, bool Close)? Reply(TlsRecord record, ProtocolVersion version)
    {
        var fragment = record.Fragment.Span;
        if (_check is null && record.ContentType == ContentType.Handshake && fragment.Length > 6 && fragment[0] == HandshakeType.ClientKeyExchange.Value)
        {
            // RFC 5246 §7.4.7.1: body = opaque EncryptedPreMasterSecret<0..2^16-1>, after the 4-byte handshake header.
            _check = exchange.Check(fragment[6..], clientVersion);
            _index = nextIndex();
            return ([], false);
        }

        if (_check is null)
        {
            return null;
        }

        if (record.ContentType == ContentType.ChangeCipherSpec && !_changedCipherSpec)
        {
            _changedCipherSpec = true;
            return ([], false);
        }

        if (record.ContentType == ContentType.Handshake && _changedCipherSpec)
        {
            return (exchange.Answer(_check.Value, _index) is { } alert ? ServerMessages.Alert(alert, version) : [], true);
        }

        return null;
    }
}
