using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan;

/// <summary>What the server answered to one variant: ClientKeyExchange, ChangeCipherSpec and a Finished of random bytes.</summary>
/// <param name="Alert">The first alert when <paramref name="Reaction"/> is <see cref="RobotReaction.Alert"/>.</param>
public sealed record RobotResponse(RobotVariant Variant, RobotReaction Reaction, Alert? Alert = null)
{
    /// <summary>"fatal bad_record_mac(20) alert", "connection closed", "no answer".</summary>
    public string Answer => Reaction switch
    {
        RobotReaction.Alert when Alert is { } a => $"{a.Level} {a.Description} alert",
        RobotReaction.Closed => "connection closed",
        RobotReaction.Reset => "connection reset",
        RobotReaction.Timeout => "no answer",
        _ => "unexpected records",
    };

    /// <summary>Two responses are the same answer when this is equal (the variant aside).</summary>
    public bool SameAnswer(RobotResponse other) => other is not null && Reaction == other.Reaction && Alert == other.Alert;
}
