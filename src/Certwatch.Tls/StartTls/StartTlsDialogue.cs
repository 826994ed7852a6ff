using Certwatch.Core.Targets;

namespace Certwatch.Tls.StartTls;

/// <summary>
/// Runs the plain-text dialogue that upgrades a fresh connection to TLS. When it returns Ready the next
/// bytes on <c>stream</c> belong to the TLS handshake. Never throws for server behaviour; only the caller's
/// cancellation throws (OperationCanceledException).
/// </summary>
public static class StartTlsDialogue
{
    /// <param name="protocol">Which dialogue; must not be None.</param>
    /// <param name="stream">The connection, before any TLS.</param>
    /// <param name="serverName">The name the client is connecting to (XMPP puts it in the stream header).</param>
    /// <param name="stepTimeout">Bound on each reply the server owes.</param>
    public static async Task<StartTlsResult> RunAsync(
        StartTlsProtocol protocol, Stream stream, string serverName, TimeSpan stepTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var session = new DialogueSession(stream, protocol, stepTimeout, cancellationToken);
        return protocol switch
        {
            StartTlsProtocol.Smtp => await SmtpDialogue.RunAsync(session),
            StartTlsProtocol.Imap => await ImapDialogue.RunAsync(session),
            StartTlsProtocol.Pop3 => await Pop3Dialogue.RunAsync(session),
            StartTlsProtocol.Ftp => await FtpDialogue.RunAsync(session),
            StartTlsProtocol.Ldap => await LdapDialogue.RunAsync(session),
            StartTlsProtocol.Postgres => await PostgresDialogue.RunAsync(session),
            StartTlsProtocol.Xmpp => await XmppDialogue.RunAsync(session, serverName),
            StartTlsProtocol.Nntp => await NntpDialogue.RunAsync(session),
            StartTlsProtocol.Sieve => await SieveDialogue.RunAsync(session),
            StartTlsProtocol.MySql => await MySqlDialogue.RunAsync(session),
            _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "no STARTTLS dialogue to run"),
        };
    }

    /// <summary>The protocol's name as users know it, for messages.</summary>
    public static string DisplayName(StartTlsProtocol protocol) => protocol switch
    {
        StartTlsProtocol.Smtp => "SMTP",
        StartTlsProtocol.Imap => "IMAP",
        StartTlsProtocol.Pop3 => "POP3",
        StartTlsProtocol.Ftp => "FTP",
        StartTlsProtocol.Ldap => "LDAP",
        StartTlsProtocol.Postgres => "PostgreSQL",
        StartTlsProtocol.Xmpp => "XMPP",
        StartTlsProtocol.Nntp => "NNTP",
        StartTlsProtocol.Sieve => "ManageSieve",
        StartTlsProtocol.MySql => "MySQL",
        _ => "TLS",
    };
}
