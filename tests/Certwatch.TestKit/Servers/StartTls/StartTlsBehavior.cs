namespace Certwatch.TestKit.Servers.StartTls;

/// <summary>How a scripted STARTTLS lab server behaves before TLS.</summary>
public enum StartTlsBehavior
{
    /// <summary>Offers the upgrade, no password authentication before TLS, agrees, then serves TLS.</summary>
    Upgrades,

    /// <summary>Like <see cref="Upgrades"/>, but also offers password authentication before TLS.</summary>
    UpgradesWithPlaintextAuth,

    /// <summary>Does not offer the upgrade (no STARTTLS / STLS / 502 / 'N' / protocolError).</summary>
    NotOffered,

    /// <summary>Offers it but refuses the command (454 / NO / -ERR / 431 / unavailable / ErrorResponse).</summary>
    Refused,

    /// <summary>Greets, then never answers the next command.</summary>
    StallsMidDialogue,

    /// <summary>Sends continuation lines without end.</summary>
    EndlessLines,

    /// <summary>Greets with one line of 100 KiB and no line end.</summary>
    OverlongLine,
}
