using Certwatch.Cli.Reporting;
using Certwatch.Core.Targets;
using Certwatch.Scanning.Check;

namespace Certwatch.Cli.Commands;

/// <summary>The targets of one run in order: each either parsed, or the one-line reason it could not be (it is reported and skipped; the rest are still checked).</summary>
public sealed class TargetList
{
    private readonly List<(string Input, Target? Target, string? Error, string? Label)> _entries = [];

    public static TargetList Parse(IReadOnlyList<string> inputs, string? sni, string? pinnedIp, StartTlsProtocol? startTls = null) =>
        new TargetList().Add(inputs, sni, pinnedIp, startTls);

    /// <summary>Targets built elsewhere (the lab's scenarios), already complete, with a name for people.</summary>
    public TargetList Add(IEnumerable<(Target Target, string Label)> targets)
    {
        _entries.AddRange(targets.Select(t => (t.Target.Input, (Target?)t.Target, (string?)null, (string?)t.Label)));
        return this;
    }

    public TargetList Add(IReadOnlyList<string> inputs, string? sni, string? pinnedIp, StartTlsProtocol? startTls = null)
    {
        foreach (var input in inputs)
        {
            _entries.Add(TargetParser.TryParse(input, sni, pinnedIp, startTls, out var target, out var error)
                ? (input, target, null, null)
                : (input, null, error ?? $"invalid target '{input}'", null));
        }

        return this;
    }

    public IReadOnlyList<string> Errors => _entries.Where(e => e.Error is not null).Select(e => e.Error!).ToList();

    public IReadOnlyList<Target> Valid => _entries.Where(e => e.Target is not null).Select(e => e.Target!).ToList();

    /// <summary>Puts the reports (in the order of <see cref="Valid"/>) and the input errors back into input order.</summary>
    public IReadOnlyList<TargetResult> Merge(IReadOnlyList<TargetReport> reports)
    {
        var next = 0;
        return _entries.Select(e => e.Target is null
            ? TargetResult.Invalid(e.Input, e.Error!)
            : TargetResult.Checked(reports[next++]) with { Label = e.Label }).ToList();
    }
}
