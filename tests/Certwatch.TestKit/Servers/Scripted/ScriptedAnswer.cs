using Certwatch.Tls.Wire;

namespace Certwatch.TestKit.Servers.Scripted;

/// <summary>The bytes a scripted server sends for one hello, the version in force, and whether to keep listening.</summary>
internal sealed record ScriptedAnswer(byte[] Bytes, ProtocolVersion Version, bool Continue)
{
    public static ScriptedAnswer Fatal(AlertDescription description, ProtocolVersion version) =>
        new(ServerMessages.Alert(description, version), version, false);
}
