using Certwatch.TestKit.Servers.Scripted;
using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;

namespace Certwatch.Tls.Tests.Probing;

public sealed class RecordListenerTests
{
    private static readonly ProbeLimits Limits = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5));

    [Fact]
    public async Task SendAndListenAsync_EarlyCcsToPatchedServer_ReadsUnexpectedMessageAlert()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls12] });
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(server.EndPoint);
        await HelloExchange.SendAsync(client.GetStream(), ClientHelloBuilder.Build(HelloExchangeTests.Tls12Hello()), Limits, CancellationToken.None);

        var read = await RecordListener.SendAndListenAsync(client.GetStream(), new byte[] { 0x14, 0x03, 0x03, 0x00, 0x01, 0x01 }, TimeSpan.FromSeconds(10), 1024,
            records => records.Count > 0, CancellationToken.None);

        read.End.ShouldBe(RecordsEnd.Satisfied);
        read.FirstAlert!.Value.Description.ShouldBe(new AlertDescription(10));
    }

    [Fact]
    public async Task SendAndListenAsync_Silence_EndsWhenWindowIsOver()
    {
        await using var server = ScriptedTlsServer.Start(new ScriptedServerConfig { Versions = [ProtocolVersion.Tls12] });
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(server.EndPoint);
        await HelloExchange.SendAsync(client.GetStream(), ClientHelloBuilder.Build(HelloExchangeTests.Tls12Hello()), Limits, CancellationToken.None);

        // a heartbeat request to a server that does not bleed: discarded silently (RFC 6520 §4)
        var read = await RecordListener.SendAndListenAsync(client.GetStream(), new byte[] { 0x18, 0x03, 0x03, 0x00, 0x03, 0x01, 0x40, 0x00 }, TimeSpan.FromMilliseconds(200), 1024,
            records => records.Count > 0, CancellationToken.None);

        read.End.ShouldBe(RecordsEnd.WindowOver);
        read.Records.ShouldBeEmpty();
    }
}
