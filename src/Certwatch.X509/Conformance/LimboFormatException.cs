namespace Certwatch.X509.Conformance;

/// <summary>Internal signal of a wrongly shaped suite; never leaves <see cref="LimboSuiteReader"/>.</summary>
internal sealed class LimboFormatException(string message) : Exception(message);
