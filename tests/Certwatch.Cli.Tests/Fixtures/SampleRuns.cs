using Certwatch.Cli.Reporting;
using Certwatch.Core.Findings;

namespace Certwatch.Cli.Tests.Fixtures;

internal static class SampleRuns
{
    public static CheckRun Of(params TargetResult[] results) =>
        new(results, SampleReports.Now, "system: /etc/ssl/certs/ca-certificates.crt", 140, ExpiryPolicy.Default);

    public static CheckRun Healthy() =>
        Of(TargetResult.Checked(SampleReports.Report("ok.example", 443, 82, CheckStatus.Ok)));

    public static CheckRun Broken() =>
        Of(TargetResult.Checked(SampleReports.Report("localhost", 8443, 82, CheckStatus.Critical, SampleReports.IncompleteChain)));
}
