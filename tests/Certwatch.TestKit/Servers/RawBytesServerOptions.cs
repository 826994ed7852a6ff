namespace Certwatch.TestKit.Servers;

/// <summary>How a <see cref="RawBytesServer"/> behaves around its bytes.</summary>
/// <param name="WaitForClientBytes">Read what the client sends (the ClientHello) before answering, as an HTTP server does; false = send on accept, as SSH does.</param>
/// <param name="HoldOpen">Keep the connection open after sending, until the server is disposed; false = close.</param>
public sealed record RawBytesServerOptions(bool WaitForClientBytes = false, bool HoldOpen = false);
