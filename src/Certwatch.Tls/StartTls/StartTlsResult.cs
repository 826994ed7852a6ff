using Certwatch.Core.Targets;

namespace Certwatch.Tls.StartTls;

/// <summary>What a STARTTLS dialogue saw, kept as evidence next to the handshake.</summary>
/// <param name="Protocol">The dialogue that ran.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Banner">The server's greeting (first line), when it sent one.</param>
/// <param name="Capabilities">The capabilities as the server listed them before TLS (EHLO lines, CAPABILITY atoms, CAPA lines).</param>
/// <param name="PlaintextAuthOffered">The server offered password authentication before TLS was up.</param>
/// <param name="Detail">Unless Ready: the reply or what was received, in one line.</param>
public sealed record StartTlsResult(
    StartTlsProtocol Protocol,
    StartTlsOutcome Outcome,
    string? Banner,
    IReadOnlyList<string> Capabilities,
    bool PlaintextAuthOffered,
    string? Detail);
