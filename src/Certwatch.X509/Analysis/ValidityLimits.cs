using Certwatch.X509.Model;

namespace Certwatch.X509.Analysis;

/// <summary>
/// Maximum leaf lifetimes. CA/B Forum BR §6.3.2 and Chrome/Apple root policies: 398 days for
/// certificates issued on or after 2020-09-01 (Chrome: publicly trusted only, `HasTooLongValidity`;
/// Apple HT211025: preinstalled roots only); Apple HT210176: 825 days for certificates issued after
/// 2019-07-01, for every root.
/// </summary>
public static class ValidityLimits
{
    public static readonly DateTimeOffset ThreeNinetyEightDaysFrom = new(2020, 9, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset EightTwentyFiveDaysAfter = new(2019, 7, 1, 0, 0, 0, TimeSpan.Zero);
    public const int PublicMaximumDays = 398;
    public const int AppleAllRootsMaximumDays = 825;

    public static bool ExceedsPublicMaximum(CertificateInfo leaf) =>
        leaf.NotBefore >= ThreeNinetyEightDaysFrom && leaf.Lifetime.TotalDays > PublicMaximumDays;

    public static bool ExceedsAppleAllRootsMaximum(CertificateInfo leaf) =>
        leaf.NotBefore > EightTwentyFiveDaysAfter && leaf.Lifetime.TotalDays > AppleAllRootsMaximumDays;

    public static bool RejectedByChrome(CertificateInfo leaf, bool anchorsArePublic) =>
        anchorsArePublic && ExceedsPublicMaximum(leaf);

    public static bool RejectedBySafari(CertificateInfo leaf, bool anchorsArePublic) =>
        ExceedsAppleAllRootsMaximum(leaf) || (anchorsArePublic && ExceedsPublicMaximum(leaf));
}
