namespace Certwatch.X509.Revocation;

/// <summary>
/// A parsed OCSPResponse (RFC 6960 §4.2.1). For a successful one, the BasicOCSPResponse parts needed to
/// verify it: the signed ResponseData bytes, the signature, the certificates that came with it.
/// </summary>
/// <param name="Status">The responseStatus; only Successful carries responses.</param>
/// <param name="ResponseData">DER of tbsResponseData (what the signature covers).</param>
/// <param name="SignatureAlgorithmOid">The signatureAlgorithm.</param>
/// <param name="Signature">The signature bits.</param>
/// <param name="Certificates">DER certificates in the certs field (a delegated responder, RFC 6960 §4.2.2.2).</param>
/// <param name="ResponderKeyHash">byKey responder ID (SHA-1 of the responder's key), or null.</param>
/// <param name="ResponderNameDer">byName responder ID, or null.</param>
/// <param name="ProducedAt">When the response was signed.</param>
/// <param name="Responses">The SingleResponses.</param>
/// <param name="Nonce">The nonce extension value, if present.</param>
public sealed record OcspResponse(
    OcspResponseStatus Status,
    byte[] ResponseData,
    string SignatureAlgorithmOid,
    byte[] Signature,
    IReadOnlyList<byte[]> Certificates,
    byte[]? ResponderKeyHash,
    byte[]? ResponderNameDer,
    DateTimeOffset ProducedAt,
    IReadOnlyList<OcspSingleResponse> Responses,
    byte[]? Nonce)
{
    public static OcspResponse Unsuccessful(OcspResponseStatus status) =>
        new(status, [], "", [], [], null, null, default, [], null);
}
