using System.Text.Json;
using Certwatch.Core.Findings;
using Certwatch.X509.Model;
using Certwatch.X509.Verdicts;

namespace Certwatch.Cli.Json;

/// <summary>
/// The strings enums become in JSON. Spelled out here, not derived from C# names where a rename could
/// slip through, because these strings are the schema (docs/json.md).
/// </summary>
public static class JsonNames
{
    public static string Status(CheckStatus status) => status switch
    {
        CheckStatus.Ok => "ok",
        CheckStatus.Warning => "warning",
        CheckStatus.Critical => "critical",
        _ => "unknown",
    };

    public static string Severity(Severity severity) => severity switch
    {
        Core.Findings.Severity.Critical => "critical",
        Core.Findings.Severity.Warning => "warning",
        _ => "info",
    };

    public static string Client(ClientId client) => client switch
    {
        ClientId.Chrome => "chrome",
        ClientId.Firefox => "firefox",
        ClientId.Safari => "safari",
        ClientId.OpenSsl => "openssl",
        ClientId.Go => "go",
        ClientId.Java => "java",
        _ => CamelCase(client.ToString()),
    };

    public static string Level(ValidationLevel level) => level switch
    {
        ValidationLevel.DomainValidated => "dv",
        ValidationLevel.OrganizationValidated => "ov",
        ValidationLevel.IndividualValidated => "iv",
        ValidationLevel.ExtendedValidation => "ev",
        _ => "unknown",
    };

    /// <summary>For enums whose contract already says "stable names, never renamed" (ProblemKind, HandshakeOutcome, CertificatePosition).</summary>
    public static string CamelCase<TEnum>(TEnum value)
        where TEnum : struct, Enum => CamelCase(value.ToString());

    private static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
