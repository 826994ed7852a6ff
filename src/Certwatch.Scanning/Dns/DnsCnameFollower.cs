namespace Certwatch.Scanning.Dns;

/// <summary>
/// Follows CNAMEs for one question (RFC 1034 §3.6.2, §5.3.3): first inside each answer section, then by
/// asking again for the last target when a server returned the alias without its data. Bounded by
/// <see cref="DnsClientOptions.MaxCnameHops"/>; a name seen twice is a loop.
/// </summary>
internal sealed class DnsCnameFollower(DnsClient client, string name, DnsRecordType type)
{
    private readonly List<string> _chain = [];
    private readonly List<DnsRecord> _answers = [];

    public async Task<DnsQueryResult> RunAsync(CancellationToken cancellationToken)
    {
        var current = name;
        while (true)
        {
            var result = await client.QueryOnceAsync(current, type, cancellationToken);
            if (result.Answer is not { } answer)
            {
                return result;
            }

            _answers.AddRange(answer.Answers);
            var canonical = current;
            var error = type == DnsRecordType.CNAME ? null : FollowWithin(answer.Answers, ref canonical);
            if (error is not null)
            {
                return error;
            }

            var final = answer with { Name = name, Answers = [.. _answers], CanonicalName = canonical, CnameChain = [.. _chain] };
            if (canonical == current || answer.ResponseCode != DnsResponseCode.NoError || final.DataOf<DnsRecordData>().Count > 0)
            {
                return DnsQueryResult.Success(final);
            }

            current = canonical;
        }
    }

    private DnsQueryResult? FollowWithin(IReadOnlyList<DnsRecord> answers, ref string canonical)
    {
        while (true)
        {
            var owner = canonical;
            var alias = answers.FirstOrDefault(r => r.Type == DnsRecordType.CNAME && DnsName.AreEqual(r.Name, owner));
            if (alias?.Data is not DnsCnameData { Target: var target })
            {
                return null;
            }

            if (DnsName.AreEqual(target, name) || _chain.Any(seen => DnsName.AreEqual(seen, target)))
            {
                return DnsQueryResult.Failure(DnsErrorKind.CnameLoop, $"CNAME loop for {name}: {string.Join(" -> ", [name, .. _chain, target])}");
            }

            _chain.Add(target);
            if (_chain.Count > client.Options.MaxCnameHops)
            {
                return DnsQueryResult.Failure(DnsErrorKind.CnameChainTooLong, $"more than {client.Options.MaxCnameHops} CNAMEs for {name}");
            }

            canonical = target;
        }
    }
}
