namespace Certwatch.Cli.Json;

/// <summary>A followed chain of requests with its verdict.</summary>
/// <param name="Status">
/// For the redirect: correct, noPlainHttp, notChecked, noRedirect, firstRedirectInsecure, firstRedirectOffHost,
/// laterRedirectInsecure, tooManyRedirects, broken. For https: completed, hopFailed, tooManyRedirects, loop,
/// offHostNotFollowed, invalidLocation.
/// </param>
/// <param name="Detail">The verdict in one line, naming the URL involved.</param>
/// <param name="Hops">Each request in order; empty when the chain was not followed.</param>
public sealed record ScanHttpChainDto(string Status, string Detail, IReadOnlyList<ScanHttpHopDto> Hops);
