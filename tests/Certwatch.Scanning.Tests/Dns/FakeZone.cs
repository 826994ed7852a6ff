using Certwatch.TestKit.Dns;

namespace Certwatch.Scanning.Tests.Dns;

/// <summary>Scripts for the fake server: answer (name, type) pairs from a table; anything else is NXDOMAIN.</summary>
internal static class FakeZone
{
    public static Func<FakeDnsQuery, FakeDnsReply> Answering(params (string Name, ushort Type, byte[] Rdata)[] records) =>
        query =>
        {
            var matching = records.Where(r => string.Equals(r.Name, query.Name, StringComparison.OrdinalIgnoreCase)).ToList();
            var response = FakeDnsResponse.To(query).WithRcode(matching.Count == 0 ? 3 : 0);
            foreach (var record in matching.Where(r => r.Type == query.Type || r.Type == FakeDnsResponse.Cname))
            {
                response.Answer(record.Name, record.Type, record.Rdata);
            }

            return FakeDnsReply.Of(response.Build());
        };
}
