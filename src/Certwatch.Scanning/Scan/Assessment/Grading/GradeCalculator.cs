using Certwatch.Core.Targets;

namespace Certwatch.Scanning.Scan.Assessment.Grading;

/// <summary>
/// The SSL Labs grade: the score's letter, lowered by every cap, then T/M when trust fails, and A+ for an A
/// without warnings whose HSTS max-age is at least six months (rating guide 2009e; 2009r makes a missing HSTS
/// header on an HTTPS site a warning, A-).
/// </summary>
internal static class GradeCalculator
{
    /// <summary>Six months, the A+ HSTS minimum (SSL Labs uses 15552000 s = 180 days).</summary>
    public const long APlusHstsSeconds = 15_552_000;

    public static ScanGrade Grade(ServerTlsView server, bool lacksForwardSecrecy)
    {
        if (server.Versions.Count == 0 || !server.CiphersKnown)
        {
            var why = !server.CiphersKnown ? $"cipher enumeration: {server.Facts.Ciphers.Reason}" : "no protocol version was accepted";
            return new ScanGrade(ScanGrade.NotGraded, ScanGrade.NotGraded, 0, 0, 0, 0, [], [$"not graded: {why}"]);
        }

        var scores = RatingScores.For(server);
        var caps = CertificateCaps.For(server).Concat(ProtocolCipherCaps.For(server, lacksForwardSecrecy)).Concat(HstsCaps(server))
            .OrderByDescending(c => GradeLetters.Rank(c.Cap)).ToList();
        var letter = caps.Where(c => c.Cap is not (GradeLetters.Trust or GradeLetters.Mismatch))
            .Aggregate(GradeLetters.FromScore(scores.Total), (grade, cap) => GradeLetters.Worse(grade, cap.Cap));
        var notes = new List<string> { $"score {scores.Total} = 30% protocol {scores.Protocol} + 30% key exchange {scores.KeyExchange} + 40% cipher {scores.Cipher}" };
        notes.AddRange(server.Ciphers.Where(c => c.Error is not null).Select(c => $"the {c.Version} cipher list may be incomplete: {c.Error}"));
        letter = APlus(server, letter, notes);
        var grade = caps.Any(c => c.Cap == GradeLetters.Trust) ? GradeLetters.Trust
            : caps.Any(c => c.Cap == GradeLetters.Mismatch) ? GradeLetters.Mismatch
            : letter;
        return new ScanGrade(grade, letter, scores.Total, scores.Protocol, scores.KeyExchange, scores.Cipher, caps, notes);
    }

    private static string APlus(ServerTlsView server, string letter, List<string> notes)
    {
        if (letter != "A")
        {
            return letter;
        }

        if (server.Hsts.MakesKnownHstsHost && server.Hsts.MaxAgeSeconds >= APlusHstsSeconds)
        {
            notes.Add($"A+: no warnings and HSTS max-age={server.Hsts.DeclaredMaxAgeSeconds} (at least 6 months)");
            return "A+";
        }

        notes.Add(server.Hsts.MakesKnownHstsHost
            ? $"not A+: HSTS max-age={server.Hsts.DeclaredMaxAgeSeconds} is below 6 months ({APlusHstsSeconds} s)"
            : "not A+: A+ needs an HSTS header with max-age of at least 6 months");
        return letter;
    }

    // 2009r: an HTTPS site without a valid HSTS policy gets a warning (A-). Not applicable to STARTTLS services,
    // nor when the HTTP probe read no response.
    private static IEnumerable<GradeCap> HstsCaps(ServerTlsView server)
    {
        var http = server.Certificate.Observation.Http;
        if (server.Facts.Endpoint.StartTls != StartTlsProtocol.None || http?.StatusCode is null)
        {
            yield break;
        }

        if (!server.Hsts.MakesKnownHstsHost)
        {
            yield return new GradeCap("A-", "No valid HSTS policy", server.Hsts.Present ? $"Strict-Transport-Security: {server.Hsts.HeaderValue} is ignored by browsers" : $"HTTP {http.StatusCode} response without Strict-Transport-Security");
        }
    }
}
