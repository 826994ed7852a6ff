using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Tls.StartTls;

namespace Certwatch.Scanning.Check;

/// <summary>Findings from the STARTTLS dialogue: the upgrade missing or refused, and passwords offered in clear text.</summary>
internal static class StartTlsFindings
{
    /// <summary>
    /// The finding that replaces the generic handshake failure for a dialogue that ended NotOffered or
    /// Refused; null for the other outcomes (a timeout or a protocol error stays tls.handshake-failed).
    /// </summary>
    public static Finding? ForFailure(StartTlsResult dialogue, int port, string endpoint, string? address)
    {
        var name = StartTlsDialogue.DisplayName(dialogue.Protocol);
        return dialogue.Outcome switch
        {
            StartTlsOutcome.NotOffered => new Finding(
                FindingIds.StartTlsNotOffered,
                ExpectsUpgrade(dialogue.Protocol, port) ? Severity.Critical : Severity.Warning,
                $"{endpoint}: {dialogue.Detail}",
                $"The {name} server does not offer the upgrade to TLS: clients that require TLS fail, the others send their data — passwords and messages included — in clear text.",
                Evidence(dialogue),
                FixAdvice.Text(FixFor(dialogue.Protocol)),
                address),
            StartTlsOutcome.Refused => new Finding(
                FindingIds.StartTlsRefused,
                Severity.Critical,
                $"{endpoint}: {dialogue.Detail}",
                $"The {name} server refused to start TLS; usually its certificate or key failed to load. Clients that require TLS cannot connect.",
                Evidence(dialogue),
                FixAdvice.Text("Check the server's log for the TLS setup error, and that the certificate and key files exist and are readable by the service."),
                address),
            _ => null,
        };
    }

    /// <summary>starttls.plaintext-auth when the server offered password authentication before TLS.</summary>
    public static Finding? PlaintextAuth(StartTlsResult dialogue, string endpoint, string? address) => !dialogue.PlaintextAuthOffered ? null : new Finding(
        FindingIds.StartTlsPlaintextAuth,
        Severity.Warning,
        $"{endpoint}: the {StartTlsDialogue.DisplayName(dialogue.Protocol)} server offers password authentication before TLS",
        "A client that does not insist on STARTTLS sends the password in clear text (RFC 8314 §3: refuse authentication before TLS).",
        Evidence(dialogue),
        FixAdvice.Text("Offer authentication only after STARTTLS: Postfix `smtpd_tls_auth_only = yes`; Dovecot `disable_plaintext_auth = yes` (2.3) or `auth_allow_cleartext = no` (2.4)."),
        address);

    // Mail submission, relay and mailbox access carry passwords and mail; elsewhere the port may be internal.
    private static bool ExpectsUpgrade(StartTlsProtocol protocol, int port) =>
        (protocol, port) is (StartTlsProtocol.Smtp, 25 or 587) or (StartTlsProtocol.Imap, 143) or (StartTlsProtocol.Pop3, 110);

    private static List<string> Evidence(StartTlsResult dialogue)
    {
        List<string> evidence = [];
        if (dialogue.Banner is { } banner)
        {
            evidence.Add("banner: " + banner);
        }

        if (dialogue.Capabilities.Count > 0)
        {
            evidence.Add("capabilities: " + string.Join(", ", dialogue.Capabilities));
        }

        if (dialogue.Outcome != StartTlsOutcome.Ready && dialogue.Detail is { } detail)
        {
            evidence.Add("reply: " + detail);
        }

        return evidence;
    }

    private static string FixFor(StartTlsProtocol protocol) => protocol switch
    {
        StartTlsProtocol.Smtp => "Enable STARTTLS: Postfix `smtpd_tls_security_level = may` with `smtpd_tls_cert_file` and `smtpd_tls_key_file`; Exim `tls_advertise_hosts = *`.",
        StartTlsProtocol.Imap or StartTlsProtocol.Pop3 => "Enable TLS: Dovecot `ssl = yes` with `ssl_cert = </path/fullchain.pem` and `ssl_key = </path/privkey.pem`.",
        StartTlsProtocol.Ftp => "Enable explicit FTPS: vsftpd `ssl_enable=YES`; ProFTPD `TLSEngine on`.",
        StartTlsProtocol.Ldap => "Configure a certificate: OpenLDAP `olcTLSCertificateFile` and `olcTLSCertificateKeyFile`.",
        StartTlsProtocol.Postgres => "Enable TLS: postgresql.conf `ssl = on` with `ssl_cert_file` and `ssl_key_file`.",
        _ => "Enable TLS on the server and configure its certificate and key.",
    };
}
