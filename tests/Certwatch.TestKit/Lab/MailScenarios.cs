using Certwatch.Core.Findings;
using Certwatch.Core.Targets;

namespace Certwatch.TestKit.Lab;

/// <summary>
/// Mail servers in the lab: the chain is served after an SMTP, IMAP or POP3 STARTTLS dialogue, so
/// <c>certwatch check --lab</c> shows that mail certificates get the same findings and verdicts as HTTPS.
/// </summary>
internal static class MailScenarios
{
    public static IReadOnlyList<LabScenario> All { get; } =
    [
        Mail("smtp-valid", StartTlsProtocol.Smtp, "SMTP STARTTLS with a correct chain (a mail relay on port 25/587)", [], CheckStatus.Ok, expiredDaysAgo: null),
        Mail("smtp-expired", StartTlsProtocol.Smtp, "SMTP STARTTLS with a leaf that expired 3 days ago: senders that verify stop delivering", [FindingIds.CertExpired], CheckStatus.Critical, expiredDaysAgo: 3),
        Mail("imap-expired", StartTlsProtocol.Imap, "IMAP STARTTLS with a leaf that expired 3 days ago: mail clients show a certificate error", [FindingIds.CertExpired], CheckStatus.Critical, expiredDaysAgo: 3),
        Mail("pop3-valid", StartTlsProtocol.Pop3, "POP3 STLS with a correct chain", [], CheckStatus.Ok, expiredDaysAgo: null),
    ];

    private static LabScenario Mail(string name, StartTlsProtocol protocol, string shows, IReadOnlyList<string> findings, CheckStatus status, int? expiredDaysAgo) =>
        new(name, shows, findings, status, LabScenarios.DefaultName, pki => new ServedChain(
            expiredDaysAgo is { } days
                ? pki.Leaf(LabScenarios.DefaultName, s => s with { NotBefore = pki.Now.AddDays(-90 - days), NotAfter = pki.Now.AddDays(-days) })
                : pki.Leaf(LabScenarios.DefaultName),
            [pki.Intermediate]))
        {
            StartTls = protocol,
        };
}
