namespace Certwatch.TestKit.RealServers;

/// <summary>A real server could not bind the port picked for it (another process took it first).</summary>
public sealed class PortTakenException(string message) : InvalidOperationException(message);
