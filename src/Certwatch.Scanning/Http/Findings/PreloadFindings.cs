using Certwatch.Core.Findings;

namespace Certwatch.Scanning.Http;

/// <summary>hstspreload.org eligibility as one finding, every failed check listed with its hstspreload code.</summary>
internal static class PreloadFindings
{
    public static IEnumerable<Finding> For(HttpFindingInput input)
    {
        var preload = input.Preload;
        var evidence = preload.Issues.Select(i => $"{(i.Severity == PreloadIssueSeverity.Error ? "error" : "warning")} {i.Code}: {i.Message}").ToList();
        if (preload.Eligible)
        {
            yield return new Finding(FindingIds.HttpPreloadEligible, Severity.Info, $"{preload.Domain} meets the hstspreload.org requirements",
                "Every check chromium/hstspreload runs that can be run from here passes; the domain can be submitted at hstspreload.org. " +
                "Preloading is hard to undo: every subdomain must serve HTTPS for as long as browsers ship the list.",
                evidence, null, input.Address);
            yield break;
        }

        // A header that asks for preload but fails the rules is either waiting for a submission that will be
        // refused, or, once preloaded, eligible for removal (hstspreload.org "Continued requirements").
        var asked = input.Hsts.Policy.Preload;
        yield return new Finding(FindingIds.HttpPreloadNotEligible, asked ? Severity.Warning : Severity.Info,
            $"{preload.Domain} is not eligible for the HSTS preload list ({preload.Errors.Count()} error(s))",
            (asked ? "The header asks for preload, but hstspreload.org would refuse the domain (and may remove an entry that stops meeting the rules). "
                   : "Informational: preloading protects even the first visit. ") +
            "Codes are chromium/hstspreload's.",
            evidence,
            new FixAdvice("Fix each error above; the header must be max-age ≥ 31536000 with includeSubDomains and preload, on the first HTTPS response and its redirects.",
                [HttpSecurityFindings.Nginx("Strict-Transport-Security", "max-age=63072000; includeSubDomains; preload")]),
            input.Address);
    }
}
