namespace Certwatch.X509.Verdicts;

/// <summary>
/// One error as a client shows it. <see cref="Message"/> is a template: {host}, {names}, {cn},
/// {subject}, {issuer}, {algorithm}, {bits}, {depth}, {now}, {notAfter}, {notBefore} are filled from
/// the problem (see <see cref="MessageTemplate"/>).
/// </summary>
/// <param name="Code">The code the client shows ("NET::ERR_CERT_DATE_INVALID", "X509_V_ERR_CERT_HAS_EXPIRED (10)").</param>
/// <param name="Message">What the user sees.</param>
/// <param name="Bypassable">The user can click through (Chrome IsCertErrorFatal, Firefox ErrorIsOverridable).</param>
/// <param name="Note">Extra context for the reason ("unless the intermediate is preloaded").</param>
public sealed record ClientError(string Code, string Message, bool Bypassable, string? Note = null);
