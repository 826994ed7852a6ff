namespace Certwatch.TestKit.Servers.Pki;

/// <summary>One request a loopback PKI server received.</summary>
public sealed record PkiHttpRequest(string Method, string Path, byte[] Body);
