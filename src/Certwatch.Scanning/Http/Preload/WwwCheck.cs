namespace Certwatch.Scanning.Http;

/// <summary>What https://www.&lt;domain&gt; showed (hstspreload domain.www.no_tls: preloading covers www, so it must serve HTTPS).</summary>
/// <param name="Host">www.&lt;domain&gt;.</param>
/// <param name="Status">What happened.</param>
/// <param name="Detail">One line: the TLS or certificate error, or why it was skipped.</param>
public sealed record WwwCheck(string Host, WwwCheckStatus Status, string Detail);
