using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>Collects the problems of one path; fills in position and certificate, and starts each message with who it is about.</summary>
internal sealed class PathProblems
{
    private readonly BuiltPath _path;
    private readonly List<CertificateProblem> _problems = [];

    public PathProblems(BuiltPath path) => _path = path;

    public IReadOnlyList<CertificateProblem> Items => _problems;

    public void Add(ProblemKind kind, int index, string message)
    {
        var position = _path.PositionOf(index);
        var certificate = _path.Certificates[index];
        _problems.Add(new CertificateProblem(kind, position, index, certificate, $"{Describe(position, index, certificate)} {message}"));
    }

    /// <summary>"leaf 'www.example.com'", "intermediate #1 'Example CA'", "root 'Example Root'".</summary>
    public static string Describe(CertificatePosition position, int index, CertificateInfo certificate) => position switch
    {
        CertificatePosition.Leaf => $"leaf '{certificate.DisplayName}'",
        CertificatePosition.Intermediate => $"intermediate #{index} '{certificate.DisplayName}'",
        _ => $"root '{certificate.DisplayName}'",
    };
}
