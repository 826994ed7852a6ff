namespace Certwatch.X509.Model;

public sealed record BasicConstraintsInfo(bool IsCa, int? PathLength, bool Critical);
