namespace Certwatch.TestKit.Dns;

/// <summary>One reply the fake server sends; <see cref="FromOtherPort"/> sends it from a second socket, as a spoofer would.</summary>
public sealed record FakeDnsDatagram(byte[] Bytes, bool FromOtherPort = false);
