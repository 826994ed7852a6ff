namespace Certwatch.Cli.Json;

/// <summary>The HTTP layer of one address (HSTS, HTTP→HTTPS redirect, HTTPS chain, preload eligibility, header score, cookies).</summary>
/// <param name="Host">The host name requested (Host header and SNI).</param>
/// <param name="Redirect">The chain from http://host/ on the plain-HTTP port and its verdict.</param>
/// <param name="Https">The chain from https://host/ and how following it ended.</param>
public sealed record ScanHttpDto(
    string Host,
    ScanHstsDto Hsts,
    ScanHttpChainDto Redirect,
    ScanHttpChainDto Https,
    ScanPreloadDto Preload,
    ScanHeaderScoreDto Headers,
    IReadOnlyList<ScanCookieDto> Cookies);
