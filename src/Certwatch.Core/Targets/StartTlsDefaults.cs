namespace Certwatch.Core.Targets;

/// <summary>Which STARTTLS dialogue a URL scheme, a port or a <c>--starttls</c> name stands for.</summary>
public static class StartTlsDefaults
{
    /// <summary>Plain-text schemes that upgrade with STARTTLS, and their IANA default ports.</summary>
    public static IReadOnlyDictionary<string, (StartTlsProtocol Protocol, int Port)> Schemes { get; } =
        new Dictionary<string, (StartTlsProtocol, int)>(StringComparer.OrdinalIgnoreCase)
        {
            ["smtp"] = (StartTlsProtocol.Smtp, 25),
            ["imap"] = (StartTlsProtocol.Imap, 143),
            ["pop3"] = (StartTlsProtocol.Pop3, 110),
            ["ftp"] = (StartTlsProtocol.Ftp, 21),
            ["ldap"] = (StartTlsProtocol.Ldap, 389),
            ["postgres"] = (StartTlsProtocol.Postgres, 5432),
            ["postgresql"] = (StartTlsProtocol.Postgres, 5432),
            ["xmpp"] = (StartTlsProtocol.Xmpp, 5222),
            ["nntp"] = (StartTlsProtocol.Nntp, 119),
            ["sieve"] = (StartTlsProtocol.Sieve, 4190),
            ["mysql"] = (StartTlsProtocol.MySql, 3306),
        };

    /// <summary>The dialogue a bare host:port implies: the well-known plain-text ports of services that upgrade.</summary>
    public static StartTlsProtocol ForPort(int port) => port switch
    {
        25 or 587 => StartTlsProtocol.Smtp,
        143 => StartTlsProtocol.Imap,
        110 => StartTlsProtocol.Pop3,
        21 => StartTlsProtocol.Ftp,
        389 => StartTlsProtocol.Ldap,
        5432 => StartTlsProtocol.Postgres,
        5222 => StartTlsProtocol.Xmpp,
        119 => StartTlsProtocol.Nntp,
        4190 => StartTlsProtocol.Sieve,
        3306 => StartTlsProtocol.MySql,
        _ => StartTlsProtocol.None,
    };

    /// <summary>Parses a <c>--starttls</c> value (smtp, imap, pop3, ftp, ldap, postgres, xmpp, or none).</summary>
    public static bool TryParseName(string name, out StartTlsProtocol protocol)
    {
        protocol = StartTlsProtocol.None;
        if (string.Equals(name, "none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (Schemes.TryGetValue(name, out var entry))
        {
            protocol = entry.Protocol;
            return true;
        }

        return false;
    }

    /// <summary>The names <see cref="TryParseName"/> accepts, for messages.</summary>
    public static string Names => "none, " + string.Join(", ", Schemes.Keys);
}
