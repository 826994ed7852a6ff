namespace Certwatch.TestKit.RealServers;

/// <summary>Where a <see cref="DovecotServer"/> listens: STARTTLS and implicit-TLS ports for IMAP and POP3.</summary>
public sealed record DovecotPorts(int Imap, int Imaps, int Pop3, int Pop3s)
{
    public IReadOnlyList<int> All => [Imap, Imaps, Pop3, Pop3s];
}
