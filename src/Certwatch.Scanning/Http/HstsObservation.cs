namespace Certwatch.Scanning.Http;

/// <summary>HSTS as a browser records it for the host.</summary>
/// <param name="Policy">The first Strict-Transport-Security header of the first HTTPS response, parsed (RFC 6797 §8.1: only the first counts).</param>
/// <param name="HeaderCount">How many such headers that response carried (§7.1: a server MUST send only one).</param>
/// <param name="SeenOnUrl">The HTTPS URL whose response was read; null when HTTPS did not answer.</param>
/// <param name="OverPlainHttp">The header sent on the plain-HTTP response, if any — ignored by browsers (§8.1).</param>
public sealed record HstsObservation(HstsPolicy Policy, int HeaderCount, string? SeenOnUrl, string? OverPlainHttp);
