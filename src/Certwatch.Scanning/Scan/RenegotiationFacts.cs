namespace Certwatch.Scanning.Scan;

/// <summary>Renegotiation (RFC 5746).</summary>
/// <param name="SecureRenegotiation">The ServerHello carried renegotiation_info (or the server honoured the SCSV).</param>
/// <param name="ClientInitiatedAllowed">A client-initiated renegotiation was accepted; null when not tested.</param>
public sealed record RenegotiationFacts(bool SecureRenegotiation, bool? ClientInitiatedAllowed = null);
