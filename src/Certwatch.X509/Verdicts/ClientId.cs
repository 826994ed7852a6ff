namespace Certwatch.X509.Verdicts;

/// <summary>The clients whose verdict Certwatch predicts. Stable names (JSON).</summary>
public enum ClientId
{
    Chrome,
    Firefox,
    Safari,
    OpenSsl,
    Go,
    Java,
}
