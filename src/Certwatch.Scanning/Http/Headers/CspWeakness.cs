namespace Certwatch.Scanning.Http;

/// <summary>One weakness of the enforced policy, naming the directive and the sources that cause it.</summary>
public sealed record CspWeakness(CspWeaknessKind Kind, string Directive, IReadOnlyList<string> Sources, string Message);
