namespace Certwatch.TestKit.Dns;

/// <summary>What the fake server does with one query: send these datagrams in order (none = stay silent).</summary>
public sealed record FakeDnsReply(IReadOnlyList<FakeDnsDatagram> Datagrams)
{
    public static FakeDnsReply Silence { get; } = new([]);

    public static FakeDnsReply Of(params byte[][] messages) => new([.. messages.Select(m => new FakeDnsDatagram(m))]);

    public static FakeDnsReply Of(params FakeDnsDatagram[] datagrams) => new(datagrams);
}
