namespace Certwatch.Tls.Handshake;

/// <summary>Why a probe stopped before it had a certificate: the outcome and one line for the user.</summary>
internal sealed record ProbeFailure(HandshakeOutcome Outcome, string Error);
