using Certwatch.Scanning.Check;

namespace Certwatch.Scanning.Mail;

/// <summary>One MX host of a domain as checked, with a label for people ("MX 10 of example.com").</summary>
public sealed record MxResult(TargetReport Report, string Label);
