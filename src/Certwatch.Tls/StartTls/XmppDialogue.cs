using System.Security;
using System.Text;

namespace Certwatch.Tls.StartTls;

/// <summary>
/// RFC 6120 §5.4 STARTTLS for XMPP clients: open the stream, find &lt;starttls/&gt; in the features,
/// send &lt;starttls/&gt;, expect &lt;proceed/&gt; (or &lt;failure/&gt;). Reads are bounded by bytes, not lines.
/// </summary>
internal static class XmppDialogue
{
    private const int MaxBytes = 64 * 1024;
    private const string TlsNamespace = "urn:ietf:params:xml:ns:xmpp-tls";

    public static async Task<StartTlsResult> RunAsync(DialogueSession session, string domain)
    {
        var open = $"<?xml version='1.0'?><stream:stream to='{SecurityElement.Escape(domain)}' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";
        if (!await session.WriteAsync(Encoding.UTF8.GetBytes(open)) || await ReadUntilAsync(session, "stream features", "</stream:features>", "<stream:features/>", "</stream:stream>") is not { } features)
        {
            return session.Failed();
        }

        var streamStart = features.IndexOf("<stream:stream", StringComparison.Ordinal);
        session.Banner = streamStart < 0 ? null : DialogueSession.Shown(features[streamStart..(features.IndexOf('>', streamStart) + 1)]);
        var featureStart = features.IndexOf("<stream:features", StringComparison.Ordinal);
        if (featureStart < 0)
        {
            return session.Result(StartTlsOutcome.ProtocolError, "the XMPP server sent no stream features: " + DialogueSession.Shown(features));
        }

        session.Capabilities.Add(DialogueSession.Shown(features[featureStart..]));
        session.PlaintextAuth = features.Contains(">PLAIN<", StringComparison.Ordinal);
        if (!features.Contains("<starttls", StringComparison.Ordinal))
        {
            return session.Result(StartTlsOutcome.NotOffered, "the XMPP server does not offer <starttls/> (features: " + session.Capabilities[0] + ")");
        }

        if (!await session.WriteAsync(Encoding.UTF8.GetBytes($"<starttls xmlns='{TlsNamespace}'/>"))
            || await ReadUntilAsync(session, "STARTTLS answer", "<proceed", "<failure", "</stream:stream>") is not { } answer)
        {
            return session.Failed();
        }

        return answer.Contains("<proceed", StringComparison.Ordinal)
            ? session.Result(StartTlsOutcome.Ready)
            : session.Result(StartTlsOutcome.Refused, "the XMPP server refused STARTTLS: " + DialogueSession.Shown(answer));
    }

    // Complete only once the marked element's '>' arrived too: a byte of it left unread would corrupt the handshake.
    private static Task<string?> ReadUntilAsync(DialogueSession session, string waitingFor, params string[] ends) =>
        session.ReadTextAsync(waitingFor, text => ends.Any(e => text.IndexOf(e, StringComparison.Ordinal) is >= 0 and var at && text.IndexOf('>', at) >= 0), MaxBytes);
}
