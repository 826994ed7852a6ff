namespace Certwatch.Scanning.Http;

/// <summary>The response fields the HTTP security rules look at; a hop records only these.</summary>
public static class JudgedHeaders
{
    public const string StrictTransportSecurity = "Strict-Transport-Security";
    public const string ContentSecurityPolicy = "Content-Security-Policy";
    public const string ContentSecurityPolicyReportOnly = "Content-Security-Policy-Report-Only";
    public const string XFrameOptions = "X-Frame-Options";
    public const string XContentTypeOptions = "X-Content-Type-Options";
    public const string ReferrerPolicy = "Referrer-Policy";
    public const string PermissionsPolicy = "Permissions-Policy";
    public const string CrossOriginResourcePolicy = "Cross-Origin-Resource-Policy";
    public const string CrossOriginOpenerPolicy = "Cross-Origin-Opener-Policy";
    public const string CrossOriginEmbedderPolicy = "Cross-Origin-Embedder-Policy";
    public const string SetCookie = "Set-Cookie";
    public const string AccessControlAllowOrigin = "Access-Control-Allow-Origin";
    public const string AccessControlAllowCredentials = "Access-Control-Allow-Credentials";
    public const string Location = "Location";
    public const string ContentType = "Content-Type";

    public static IReadOnlyList<string> All { get; } =
    [
        StrictTransportSecurity, ContentSecurityPolicy, ContentSecurityPolicyReportOnly, XFrameOptions, XContentTypeOptions,
        ReferrerPolicy, PermissionsPolicy, CrossOriginResourcePolicy, CrossOriginOpenerPolicy, CrossOriginEmbedderPolicy,
        SetCookie, AccessControlAllowOrigin, AccessControlAllowCredentials, Location, ContentType,
    ];

    public static bool IsJudged(string name) => All.Contains(name, StringComparer.OrdinalIgnoreCase);
}
