using System.Globalization;
using Certwatch.Core.Findings;
using Certwatch.Scanning.Http;

namespace Certwatch.Scanning.Check;

/// <summary>
/// What the host's Strict-Transport-Security header means for users. A host without the header gets no
/// finding here: "missing HSTS" is a hardening matter for the fuller scan, not a reason for `check` to warn.
/// </summary>
internal static class HstsFindings
{
    /// <summary>RFC 6797 §6.1.1: six months, below which a policy lapses between ordinary visits.</summary>
    public const long MinimumUsefulMaxAgeSeconds = 15_552_000;

    private static readonly FixAdvice SendOneYear = new(
        "Send exactly one header, on every HTTPS response, with a max-age of at least one year.",
        [
            new ServerConfigLine("nginx", "add_header Strict-Transport-Security \"max-age=31536000; includeSubDomains\" always;"),
            new ServerConfigLine("apache", "Header always set Strict-Transport-Security \"max-age=31536000; includeSubDomains\""),
        ]);

    /// <param name="ipLiteral">The browser's host is an IP address, which is never noted as an HSTS host (RFC 6797 §8.1.1).</param>
    public static IReadOnlyList<Finding> For(HstsPolicy policy, bool ipLiteral, string? address)
    {
        if (!policy.Present)
        {
            return [];
        }

        if (!policy.Valid)
        {
            return [Invalid(policy, address)];
        }

        if (policy.MaxAgeSeconds is not > 0)
        {
            return [MaxAgeZero(policy, address)];
        }

        var findings = new List<Finding> { Present(policy, ipLiteral, address) };
        if (policy.MaxAgeSeconds < MinimumUsefulMaxAgeSeconds)
        {
            findings.Add(TooShort(policy, address));
        }

        if (!policy.IncludeSubDomains)
        {
            findings.Add(NoIncludeSubDomains(policy, address));
        }

        return findings;
    }

    /// <summary>RFC 6797 §12.1: on a Known HSTS Host a browser shows certificate errors with no click-through.</summary>
    private static Finding Present(HstsPolicy policy, bool ipLiteral, string? address) => new(
        FindingIds.HttpHstsPresent,
        Severity.Info,
        "The host sends Strict-Transport-Security",
        ipLiteral
            ? "Browsers never record HSTS for an IP address (RFC 6797 §8.1.1), so on this address certificate errors stay as bypassable as without it."
            : "Browsers that have seen this header refuse to let users click through any certificate error on this host " +
              "until max-age runs out (RFC 6797 §12.1), so a broken certificate locks every returning visitor out.",
        [
            Header(policy),
            $"max-age: {Seconds(policy.DeclaredMaxAgeSeconds!.Value)}",
            $"includeSubDomains: {YesNo(policy.IncludeSubDomains)}, preload: {YesNo(policy.Preload)}",
            .. policy.Problems.Where(p => p.Kind != HstsProblemKind.EmptyDirective).Select(p => p.Message),
        ],
        null,
        address);

    private static Finding Invalid(HstsPolicy policy, string? address) => new(
        FindingIds.HttpHstsInvalid,
        Severity.Warning,
        "Browsers ignore the Strict-Transport-Security header: " + string.Join("; ", policy.ReasonsIgnored.Select(p => p.Message)),
        "The header does not follow RFC 6797 §6.1, and browsers discard a non-conforming header as a whole (§6.1 rule 4; " +
        "Chrome's ParseHSTSHeader): this host gets no HSTS protection at all, whatever the header says.",
        [Header(policy), .. policy.ReasonsIgnored.Select(p => p.Message)],
        SendOneYear,
        address);

    private static Finding MaxAgeZero(HstsPolicy policy, string? address) => new(
        FindingIds.HttpHstsMaxAgeZero,
        Severity.Warning,
        "The Strict-Transport-Security header removes HSTS (max-age=0)",
        "max-age=0 tells browsers to forget this host as an HSTS host, includeSubDomains included (RFC 6797 §6.1.1): " +
        "returning visitors lose the protection they had. Right only while deliberately withdrawing HSTS.",
        [Header(policy)],
        SendOneYear,
        address);

    private static Finding TooShort(HstsPolicy policy, string? address) => new(
        FindingIds.HttpHstsTooShort,
        Severity.Warning,
        $"HSTS max-age is only {Seconds(policy.MaxAgeSeconds!.Value)}",
        $"A policy shorter than six months ({MinimumUsefulMaxAgeSeconds} s) lapses between visits, leaving the next first request " +
        "over plain HTTP open to interception (RFC 6797 §14.6). hstspreload.org requires at least 31536000 s (one year) to preload.",
        [Header(policy)],
        SendOneYear,
        address);

    private static Finding NoIncludeSubDomains(HstsPolicy policy, string? address) => new(
        FindingIds.HttpHstsNoIncludeSubDomains,
        Severity.Info,
        "HSTS does not cover subdomains (no includeSubDomains)",
        "Subdomains stay reachable over plain HTTP, where cookies of the parent domain can be read or planted (RFC 6797 §14.4)." +
        (policy.Preload ? " The header asks for preload, but hstspreload.org refuses a header without includeSubDomains." : ""),
        [Header(policy)],
        FixAdvice.Text("Add includeSubDomains once every subdomain serves HTTPS."),
        address);

    private static string Header(HstsPolicy policy) => $"Strict-Transport-Security: {policy.HeaderValue}";

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Seconds(long seconds) =>
        seconds >= 86_400
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds} s ({seconds / 86_400.0:0.#} days)")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds} s");
}
