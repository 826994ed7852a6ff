namespace Certwatch.Scanning.Scan;

/// <summary>
/// The five premaster secret blocks of the ROBOT test (robotattack.org, as sslyze and testssl.sh send them),
/// each RSA-encrypted to the server's key. Only <see cref="Correct"/> is PKCS#1 v1.5-conforming with the right
/// version; a server that is not an oracle answers all five the same way (RFC 5246 §7.4.7.1).
/// </summary>
public enum RobotVariant
{
    /// <summary><c>00 02 ‖ padding ‖ 00 ‖ version ‖ 46 bytes</c>: the baseline.</summary>
    Correct,

    /// <summary><c>41 17 ‖ padding ‖ 00 ‖ version ‖ 46 bytes</c>: wrong block type.</summary>
    WrongFirstBytes,

    /// <summary><c>00 02 ‖ padding ‖ 11 ‖ version ‖ 46 bytes</c>: no 0x00 separator anywhere.</summary>
    NoSeparator,

    /// <summary><c>00 02 ‖ padding ‖ 00 ‖ 02 02 ‖ 46 bytes</c>: conforming padding, wrong client version.</summary>
    WrongVersion,

    /// <summary><c>00 02 ‖ 8 bytes padding ‖ 00 ‖ the rest</c>: the separator comes too early, so the secret is not 48 bytes.</summary>
    WrongLength,
}
