using Certwatch.Scanning.Scan.Clients;

namespace Certwatch.Scanning.Scan.Assessment;

/// <summary>A simulated client with its predicted outcome.</summary>
internal sealed record SimulatedClient(ClientProfile Client, ClientSimulationResult Result);
