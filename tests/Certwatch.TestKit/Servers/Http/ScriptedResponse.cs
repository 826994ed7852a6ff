namespace Certwatch.TestKit.Servers.Http;

/// <summary>What the server answers for one path: status, header lines exactly in this order (repeats kept), body, behaviour.</summary>
public sealed record ScriptedResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body = "ok\n")
{
    public ScriptedBehavior Behavior { get; init; } = ScriptedBehavior.Normal;

    public static ScriptedResponse Ok(params (string Name, string Value)[] headers) =>
        new(200, [.. headers.Select(h => KeyValuePair.Create(h.Name, h.Value))]);

    public static ScriptedResponse Redirect(int status, string location, params (string Name, string Value)[] headers) =>
        new(status, [KeyValuePair.Create("Location", location), .. headers.Select(h => KeyValuePair.Create(h.Name, h.Value))], "");

    public static ScriptedResponse Misbehave(ScriptedBehavior behavior) => new(200, []) { Behavior = behavior };
}
