namespace Certwatch.TestKit.Pki;

/// <summary>OIDs tests put into certificates.</summary>
public static class TestOids
{
    public const string ServerAuth = "1.3.6.1.5.5.7.3.1";
    public const string ClientAuth = "1.3.6.1.5.5.7.3.2";
    public const string CodeSigning = "1.3.6.1.5.5.7.3.3";

    /// <summary>CA/B Forum reserved policy identifiers (BR §7.1.6.1).</summary>
    public const string DomainValidated = "2.23.140.1.2.1";
    public const string OrganizationValidated = "2.23.140.1.2.2";
    public const string IndividualValidated = "2.23.140.1.2.3";
    public const string ExtendedValidation = "2.23.140.1.1";

    public const string TlsFeature = "1.3.6.1.5.5.7.1.24";
    public const string SctList = "1.3.6.1.4.1.11129.2.4.2";
    public const string NameConstraints = "2.5.29.30";
}
