namespace Certwatch.TestKit.Servers.Scripted;

/// <summary>What a server finds when it decrypts a ClientKeyExchange and checks its PKCS#1 v1.5 block (RFC 5246 §7.4.7.1).</summary>
public enum RsaPaddingCheck
{
    /// <summary><c>00 02</c>, at least 8 padding bytes, <c>00</c>, a 48-byte secret starting with the client's version.</summary>
    Conforming,

    /// <summary>The block does not start with <c>00 02</c>.</summary>
    WrongBlockType,

    /// <summary>No <c>00</c> after the padding.</summary>
    NoSeparator,

    /// <summary>The <c>00</c> comes after fewer than 8 padding bytes.</summary>
    ShortPadding,

    /// <summary>The secret after the <c>00</c> is not 48 bytes.</summary>
    WrongLength,

    /// <summary>A well-formed 48-byte secret that does not start with the client's version.</summary>
    WrongVersion,
}
