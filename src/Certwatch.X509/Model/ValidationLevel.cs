namespace Certwatch.X509.Model;

/// <summary>Validation level from the CA/B Forum policy OIDs (BR §7.1.6.1): 2.23.140.1.2.1 DV, .2.2 OV, .2.3 IV, 2.23.140.1.1 EV.</summary>
public enum ValidationLevel
{
    Unknown = 0,
    DomainValidated,
    OrganizationValidated,
    IndividualValidated,
    ExtendedValidation,
}
