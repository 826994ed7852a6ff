using Certwatch.Tls.Probing;
using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Probes;

/// <summary>One hello on one connection: the server's flight, or why no hello could be sent.</summary>
internal sealed record HelloResult(ServerFlight? Flight, string? ConnectFailure)
{
    public bool Connected => Flight is not null;

    public ServerHello? ServerHello => Flight?.ServerHello;

    /// <summary>A ServerHello (not a HelloRetryRequest) was received.</summary>
    public bool IsServerHello => Flight?.Answer.Kind == ServerAnswerKind.ServerHello;

    public bool IsRetryRequest => Flight?.Answer.Kind == ServerAnswerKind.HelloRetryRequest;

    public Alert? Alert => Flight?.Answer.Alert;

    /// <summary>One line: the connect failure, the server's answer, or the read error.</summary>
    public string Describe() => ConnectFailure ?? Flight!.Describe();
}
