namespace Certwatch.X509.Model;

/// <summary>One extension as encoded: OID, criticality, and whether Certwatch understands it.</summary>
public sealed record ExtensionInfo(string Oid, bool Critical, bool Recognized, byte[] Value);
