using System.Globalization;
using Certwatch.Core.Findings;
using Certwatch.Scanning.Check;
using Certwatch.Scanning.Dns;

namespace Certwatch.Scanning.Mail;

/// <summary>
/// DANE for one checked SMTP target: the TLSA records at _PORT._tcp.HOST (RFC 7672 §2.2.1, RFC 6698 §3),
/// matched against the chain each address served, with the host name as the reference identifier.
/// </summary>
public sealed class DaneCheck(DnsClient client)
{
    /// <param name="tlsaPort">The port in the TLSA owner name: the SMTP service port (25), even when the connection went elsewhere.</param>
    public async Task<IReadOnlyList<Finding>> FindingsAsync(TargetReport report, int tlsaPort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var serving = report.Addresses.Where(a => a.Served.Count > 0).ToList();
        if (serving.Count == 0 || report.Target.HostIsIpLiteral)
        {
            return [];
        }

        var owner = $"_{tlsaPort.ToString(CultureInfo.InvariantCulture)}._tcp.{report.Target.Host.TrimEnd('.')}";
        var lookup = await client.QueryTlsaAsync(owner, cancellationToken);
        var stamp = report.Addresses.Count > 1;
        return [.. serving
            .Select(a => DaneFindings.For(Verdict(owner, lookup, a, report), stamp ? a.Address : null))
            .OfType<Finding>()];
    }

    private static DaneVerdict Verdict(string owner, DnsLookup<DnsTlsaData> lookup, AddressReport address, TargetReport report)
    {
        var answer = lookup.Queries.Select(q => q.Answer).FirstOrDefault(a => a is not null);
        if (answer is null)
        {
            return new DaneVerdict(owner, DaneVerdictKind.LookupFailed, [], null, [lookup.Error?.Message ?? "no answer"], false);
        }

        if (answer.ResponseCode is not (DnsResponseCode.NoError or DnsResponseCode.NXDomain))
        {
            return new DaneVerdict(owner, DaneVerdictKind.LookupFailed, [], null,
                [$"{answer.Server} answered {answer.ResponseCode.ToString().ToUpperInvariant()}"], answer.AuthenticData);
        }

        return DaneEvaluator.Evaluate(owner, lookup.Records, answer.AuthenticData, address.Served, report.Target.ExpectedName, report.ValidationTime);
    }
}
