using Certwatch.Cli.Reporting;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Scan;

namespace Certwatch.Cli.Commands;

/// <summary>Scan targets in input order, parsed exactly as <c>check</c> parses them (<see cref="TargetParser"/>); bad ones are reported, the rest scanned.</summary>
public sealed class ScanTargetList
{
    private readonly List<(string Input, Target? Target, string? Error)> _entries = [];

    public static ScanTargetList Parse(IReadOnlyList<string> inputs, string? sni, string? pinnedIp, StartTlsProtocol? startTls)
    {
        var list = new ScanTargetList();
        foreach (var input in inputs)
        {
            list._entries.Add(TargetParser.TryParse(input, sni, pinnedIp, startTls, out var target, out var error)
                ? (input, target, null)
                : (input, null, error ?? $"invalid target '{input}'"));
        }

        return list;
    }

    public IReadOnlyList<string> Errors => [.. _entries.Where(e => e.Error is not null).Select(e => e.Error!)];

    public IReadOnlyList<Target> Valid => [.. _entries.Where(e => e.Target is not null).Select(e => e.Target!)];

    /// <summary>Puts the reports (in the order of <see cref="Valid"/>) and the input errors back into input order.</summary>
    public IReadOnlyList<ScanTargetResult> Merge(IReadOnlyList<ScanReport> reports)
    {
        var next = 0;
        return [.. _entries.Select(e => e.Target is null ? ScanTargetResult.Invalid(e.Input, e.Error!) : ScanTargetResult.Scanned(reports[next++]))];
    }
}
