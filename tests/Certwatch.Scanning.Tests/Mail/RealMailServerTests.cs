using Certwatch.Core.Findings;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Resolution;
using Certwatch.Tls.Handshake;

namespace Certwatch.Scanning.Tests.Mail;

/// <summary>
/// `check smtp://`, `imap://`, `imaps://`, `pop3://`, `pop3s://` against real Postfix and Dovecot give the
/// same findings, status and client verdicts as HTTPS serving the same chain.
/// </summary>
[Collection(RealMailServersCollection.Name)]
public sealed class RealMailServerTests(RealMailServersFixture servers)
{
    private readonly CheckRunner _runner = new(new SystemHostResolver(), TimeProvider.System);

    public static TheoryData<string, bool> Protocols() => new()
    {
        { "smtp", false }, { "imap", false }, { "imaps", false }, { "pop3", false }, { "pop3s", false },
        { "smtp", true }, { "imap", true }, { "imaps", true }, { "pop3", true }, { "pop3s", true },
    };

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task CheckAsync_RealMailServer_SameFindingsAndVerdictsAsHttps(string scheme, bool expired)
    {
        var https = await CheckAsync("https", expired ? servers.ExpiredHttps.Port : servers.Https.Port);

        var mail = await CheckAsync(scheme, Port(scheme, expired));

        var address = mail.Addresses.ShouldHaveSingleItem();
        address.Observation.Outcome.ShouldBe(HandshakeOutcome.Completed, address.Observation.Error);
        (address.Observation.StartTls is not null).ShouldBe(!scheme.EndsWith('s'));
        Summary(mail).ShouldBe(Summary(https));
        Verdicts(mail).ShouldBe(Verdicts(https));
        var dialogueFindings = mail.Findings.Where(f => f.Id.StartsWith("starttls.", StringComparison.Ordinal)).ToList();
        dialogueFindings.ShouldAllBe(f => f.Id == FindingIds.StartTlsPlaintextAuth);
        mail.Status.ShouldBe(expired ? CheckStatus.Critical : dialogueFindings.Count == 0 ? https.Status : CheckStatus.Warning);
    }

    [Fact]
    public async Task CheckAsync_Postfix_BannerAndCapabilitiesRecorded()
    {
        var report = await CheckAsync("smtp", servers.Postfix.Port);

        var dialogue = report.Addresses.ShouldHaveSingleItem().Observation.StartTls.ShouldNotBeNull();
        dialogue.Banner.ShouldNotBeNull().ShouldContain("certwatch-test");
        dialogue.Capabilities.ShouldContain(c => c.Contains("STARTTLS", StringComparison.OrdinalIgnoreCase));
        dialogue.PlaintextAuthOffered.ShouldBeFalse();
    }

    private int Port(string scheme, bool expired)
    {
        var dovecot = expired ? servers.ExpiredDovecot : servers.Dovecot;
        return scheme switch
        {
            "smtp" => (expired ? servers.ExpiredPostfix : servers.Postfix).Port,
            "imap" => dovecot.Ports.Imap,
            "imaps" => dovecot.Ports.Imaps,
            "pop3" => dovecot.Ports.Pop3,
            _ => dovecot.Ports.Pop3s,
        };
    }

    private async Task<TargetReport> CheckAsync(string scheme, int port)
    {
        TargetParser.TryParse($"{scheme}://localhost:{port}", null, "127.0.0.1", out var target, out var error).ShouldBeTrue(error);
        return await _runner.CheckAsync(target!, servers.Options, CancellationToken.None);
    }

    // The chain's findings; starttls.* are about the dialogue, which HTTPS has not got. (Dovecot 2.3 also
    // counts a client on its own loopback address as secure and offers AUTH=PLAIN to it before TLS.)
    private static List<string> Summary(TargetReport report) =>
        [.. report.Findings.Where(f => !f.Id.StartsWith("starttls.", StringComparison.Ordinal)).Select(f => $"{f.Id} {f.Severity}").Order(StringComparer.Ordinal)];

    private static List<string> Verdicts(TargetReport report) =>
        [.. report.Addresses.Single().Analysis!.Verdicts.Select(v => $"{v.ClientName}: {v.Accepted} {v.ErrorCode} {v.Bypassable}")];
}
