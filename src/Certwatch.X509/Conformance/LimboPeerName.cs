namespace Certwatch.X509.Conformance;

/// <summary>An expected peer name of a limbo case: kind "DNS", "IP" or "RFC822" and its value.</summary>
public sealed record LimboPeerName(string Kind, string Value);
