using Certwatch.X509.Chain;

namespace Certwatch.X509.Verdicts;

/// <summary>
/// One row of a client's mapping table: what the client shows for <see cref="Kind"/> on the leaf and on
/// an issuer (null = the client accepts it). <see cref="Phase"/> orders rows by when the client checks
/// them (Chrome's MapCertStatusToNetError priority, OpenSSL's verify_chain steps…).
/// </summary>
public sealed record VerdictRule(ProblemKind Kind, int Phase, ClientError? OnLeaf, ClientError? OnIssuer)
{
    public static VerdictRule Both(ProblemKind kind, int phase, ClientError? error) => new(kind, phase, error, error);

    public static VerdictRule Accepted(ProblemKind kind, int phase) => new(kind, phase, null, null);
}
