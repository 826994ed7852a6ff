using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>
/// One problem with one certificate of a path. <see cref="Message"/> names what was expected and what
/// was found ("valid for a.example, b.example — not c.example"; "expired 2026-01-02, 3 days ago").
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Position">Leaf, intermediate or root.</param>
/// <param name="Index">Index in the path (0 = leaf).</param>
/// <param name="Certificate">The certificate concerned.</param>
/// <param name="Message">Human explanation.</param>
public sealed record CertificateProblem(
    ProblemKind Kind,
    CertificatePosition Position,
    int Index,
    CertificateInfo Certificate,
    string Message);
