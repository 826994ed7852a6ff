using Certwatch.Scanning.Check;

namespace Certwatch.Scanning.Scan;

/// <summary>
/// Judges one address's probe facts together with its certificate check: vulnerability and weakness findings
/// (each with id, severity, evidence, fix), client simulation, the SSL Labs grade and the Mozilla profiles.
/// Pure: no I/O, no clock.
/// </summary>
public static class ScanAnalyzer
{
    public static ScanAssessment Assess(ScanFacts facts, AddressReport certificate) =>
        throw new NotImplementedException();
}
