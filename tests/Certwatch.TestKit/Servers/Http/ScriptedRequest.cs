namespace Certwatch.TestKit.Servers.Http;

/// <summary>A request the server received: method, path, Host field, and the SNI name for TLS ("" for none, null for plain TCP).</summary>
public sealed record ScriptedRequest(string Method, string Path, string? Host, string? ServerName);
