namespace Certwatch.Core.Findings;

/// <summary>One configuration line for one server product, e.g. ("nginx", "ssl_certificate /etc/…/fullchain.pem;").</summary>
public sealed record ServerConfigLine(string Server, string Line);
