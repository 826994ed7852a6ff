using Certwatch.Tls.Wire;

namespace Certwatch.Scanning.Scan.Assessment;

/// <summary>A suite the server accepted, with the protocol version it accepted it on.</summary>
internal sealed record VersionedSuite(ProtocolVersion Version, AcceptedSuite Accepted);
