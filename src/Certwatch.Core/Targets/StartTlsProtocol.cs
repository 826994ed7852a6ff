namespace Certwatch.Core.Targets;

/// <summary>
/// The plain-text dialogue that upgrades a connection to TLS before the handshake (STARTTLS and its
/// relatives). None means the port speaks TLS from the first byte (HTTPS, smtps, imaps…).
/// </summary>
public enum StartTlsProtocol
{
    None,

    /// <summary>RFC 3207: EHLO, STARTTLS → 220.</summary>
    Smtp,

    /// <summary>RFC 9051 §6.2.1: CAPABILITY, STARTTLS → OK.</summary>
    Imap,

    /// <summary>RFC 2595 §4: CAPA, STLS → +OK.</summary>
    Pop3,

    /// <summary>RFC 4217 §4: AUTH TLS → 234.</summary>
    Ftp,

    /// <summary>RFC 4511 §4.14: the StartTLS extended operation.</summary>
    Ldap,

    /// <summary>PostgreSQL frontend/backend protocol: SSLRequest → 'S'.</summary>
    Postgres,

    /// <summary>RFC 6120 §5: &lt;starttls/&gt; → &lt;proceed/&gt;.</summary>
    Xmpp,

    /// <summary>RFC 4642: CAPABILITIES, STARTTLS → 382.</summary>
    Nntp,

    /// <summary>RFC 5804 ManageSieve: capabilities on connect, STARTTLS → OK.</summary>
    Sieve,

    /// <summary>MySQL client/server protocol: initial handshake with CLIENT_SSL, then SSLRequest.</summary>
    MySql,
}
