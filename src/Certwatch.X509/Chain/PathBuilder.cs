using Certwatch.X509.Model;

namespace Certwatch.X509.Chain;

/// <summary>
/// Depth-first path building (RFC 4158 §2.3, forward direction) from the leaf towards a trust anchor.
/// Every alternative issuer is tried, so an expired cross-sign cannot hide a valid path. A certificate
/// (by subject and key, RFC 4158 §5.2) appears at most once per path, and the number of extension steps is
/// bounded by a budget (webpki <c>Budget</c>), so hostile input ends quickly.
/// </summary>
internal sealed class PathBuilder
{
    private readonly IssuerSources _sources;
    private readonly SelfSignedDetector _selfSigned;
    private readonly int _maxCalls;
    private readonly Func<BuiltPath, bool> _onPath;
    private readonly HashSet<string> _inPath = new(StringComparer.OrdinalIgnoreCase);
    private int _calls;

    /// <param name="onPath">Called with each finished path; returns true to stop the search (a valid path was found).</param>
    public PathBuilder(IssuerSources sources, SelfSignedDetector selfSigned, int maxCalls, Func<BuiltPath, bool> onPath)
    {
        _sources = sources;
        _selfSigned = selfSigned;
        _maxCalls = Math.Max(1, maxCalls);
        _onPath = onPath;
    }

    public void Build(CertificateInfo leaf)
    {
        var path = new List<CertificateInfo> { leaf };
        _inPath.Add(SubjectAndKey(leaf));
        if (_sources.IsAnchorEquivalent(leaf))
        {
            Finish(path, PathEnd.TrustAnchor);
        }
        else if (_selfSigned.IsSelfSigned(leaf))
        {
            Finish(path, PathEnd.SelfSigned);
        }
        else
        {
            Extend(path);
        }
    }

    /// <returns>True when the search must stop.</returns>
    private bool Extend(List<CertificateInfo> path)
    {
        if (++_calls > _maxCalls || _selfSigned.BudgetExhausted)
        {
            Finish(path, PathEnd.BudgetExceeded);
            return true;
        }

        var triedAny = false;
        foreach (var candidate in _sources.IssuersOf(path[^1]))
        {
            var identity = SubjectAndKey(candidate.Certificate);
            if (!_inPath.Add(identity))
            {
                continue;
            }

            triedAny = true;
            path.Add(candidate.Certificate);
            var stop = candidate.IsAnchor ? Finish(path, PathEnd.TrustAnchor)
                : _selfSigned.IsSelfSigned(candidate.Certificate) ? Finish(path, PathEnd.SelfSigned)
                : Extend(path);
            path.RemoveAt(path.Count - 1);
            _inPath.Remove(identity);
            if (stop)
            {
                return true;
            }
        }

        return !triedAny && Finish(path, PathEnd.IssuerNotFound);
    }

    private bool Finish(List<CertificateInfo> path, PathEnd end) => _onPath(new BuiltPath([.. path], end));

    /// <summary>Loop detection identity (RFC 4158 §5.2): subject name and key, so a re-issued copy of a certificate in the path is not used again.</summary>
    private static string SubjectAndKey(CertificateInfo certificate) =>
        certificate.SpkiSha256 + "/" + Convert.ToHexString(certificate.SubjectNameDer);
}
