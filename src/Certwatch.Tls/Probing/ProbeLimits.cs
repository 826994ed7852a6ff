namespace Certwatch.Tls.Probing;

/// <summary>Bounds on one probe connection: every probe ends within ConnectTimeout + StartTls steps + ReadTimeout.</summary>
/// <param name="ConnectTimeout">TCP connect.</param>
/// <param name="ReadTimeout">From sending the ClientHello to having the server's whole first flight.</param>
/// <param name="StartTlsStepTimeout">Bound on each reply of a STARTTLS dialogue.</param>
/// <param name="MaxFlightBytes">The most bytes read from a server's first flight; more is a hostile or broken server.</param>
public sealed record ProbeLimits(TimeSpan ConnectTimeout, TimeSpan ReadTimeout, TimeSpan StartTlsStepTimeout, int MaxFlightBytes = 256 * 1024)
{
    public static ProbeLimits Default { get; } = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
}
