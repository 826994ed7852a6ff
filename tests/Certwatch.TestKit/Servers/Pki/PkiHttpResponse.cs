namespace Certwatch.TestKit.Servers.Pki;

/// <summary>What a loopback PKI server answers: status, content type and body, or a stall (never answers within the test's timeout).</summary>
public sealed record PkiHttpResponse(int Status, string ContentType, byte[] Body, bool Stall = false)
{
    public static PkiHttpResponse NotFound { get; } = new(404, "text/plain", "not found"u8.ToArray());

    public static PkiHttpResponse Stalled { get; } = new(200, "application/octet-stream", [], Stall: true);

    public static PkiHttpResponse Ok(string contentType, byte[] body) => new(200, contentType, body);
}
