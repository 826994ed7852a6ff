using Certwatch.Core.Targets;

namespace Certwatch.Core.Tests.Targets;

public sealed class TargetParserTests
{
    [Theory]
    [InlineData("example.com", "example.com", 443, "example.com", null)]
    [InlineData("Example.COM.", "example.com", 443, "example.com", null)]
    [InlineData("example.com:8443", "example.com", 8443, "example.com", null)]
    [InlineData("https://example.com/path?q=1", "example.com", 443, "example.com", "https")]
    [InlineData("https://user@example.com:9443/x", "example.com", 9443, "example.com", "https")]
    [InlineData("smtps://mail.example.com", "mail.example.com", 465, "mail.example.com", "smtps")]
    [InlineData("127.0.0.1", "127.0.0.1", 443, null, null)]
    [InlineData("127.0.0.1:8443", "127.0.0.1", 8443, null, null)]
    [InlineData("[::1]:8443", "::1", 8443, null, null)]
    [InlineData("[::1]", "::1", 443, null, null)]
    [InlineData("::1", "::1", 443, null, null)]
    public void TryParse_ValidInput_SplitsHostPortAndName(string input, string host, int port, string? serverName, string? scheme)
    {
        TargetParser.TryParse(input, null, null, out var target, out var error).ShouldBeTrue(error);

        target!.Host.ShouldBe(host);
        target.Port.ShouldBe(port);
        target.ServerName.ShouldBe(serverName);
        target.Scheme.ShouldBe(scheme);
        target.Input.ShouldBe(input);
    }

    [Fact]
    public void TryParse_IpLiteral_PinsThatAddressAndExpectsIt()
    {
        TargetParser.TryParse("127.0.0.2:8443", null, null, out var target, out _).ShouldBeTrue();

        target!.PinnedAddress!.ToString().ShouldBe("127.0.0.2");
        target.ExpectedName.ShouldBe("127.0.0.2");
        target.HostIsIpLiteral.ShouldBeTrue();
    }

    [Fact]
    public void TryParse_IpWithSni_SendsAndMatchesTheSniName()
    {
        TargetParser.TryParse("127.0.0.1:8443", "www.example.com", null, out var target, out _).ShouldBeTrue();

        target!.ServerName.ShouldBe("www.example.com");
        target.ExpectedName.ShouldBe("www.example.com");
        target.PinnedAddress!.ToString().ShouldBe("127.0.0.1");
    }

    [Fact]
    public void TryParse_NameWithPinnedIp_KeepsNameAndPinsAddress()
    {
        TargetParser.TryParse("example.com", null, "::1", out var target, out _).ShouldBeTrue();

        target!.ServerName.ShouldBe("example.com");
        target.PinnedAddress!.ToString().ShouldBe("::1");
        target.Display.ShouldBe("example.com:443");
    }

    [Fact]
    public void Display_Ipv6_UsesBrackets()
    {
        TargetParser.TryParse("[::1]:8443", null, null, out var target, out _).ShouldBeTrue();

        target!.Display.ShouldBe("[::1]:8443");
    }

    [Theory]
    [InlineData("", "empty target")]
    [InlineData("   ", "empty target")]
    [InlineData("example.com:0", "port '0'")]
    [InlineData("example.com:65536", "port '65536'")]
    [InlineData("example.com:https", "port 'https'")]
    [InlineData("example.com:", "port ''")]
    [InlineData("[::1", "missing ']'")]
    [InlineData("[::1]x", "unexpected 'x'")]
    [InlineData("[example.com]:443", "not an IPv6 address")]
    [InlineData("gopher://example.com", "unsupported scheme 'gopher'")]
    [InlineData("exa mple.com", "not a valid host name")]
    [InlineData("-bad.example", "not a valid host name")]
    [InlineData("a..b", "not a valid host name")]
    [InlineData("https://", "no host")]
    public void TryParse_BadInput_ReturnsOneLineError(string input, string expected)
    {
        TargetParser.TryParse(input, null, null, out var target, out var error).ShouldBeFalse();

        target.ShouldBeNull();
        error.ShouldNotBeNull();
        error.ShouldContain(expected);
        error.ShouldNotContain("\n");
    }

    [Fact]
    public void TryParse_BadPinnedIp_NamesTheOption()
    {
        TargetParser.TryParse("example.com", null, "300.1.1.1", out _, out var error).ShouldBeFalse();

        error.ShouldBe("invalid --ip '300.1.1.1': not an IPv4 or IPv6 address");
    }

    [Fact]
    public void TryParse_BadSni_NamesTheOption()
    {
        TargetParser.TryParse("127.0.0.1", "bad name", null, out _, out var error).ShouldBeFalse();

        error.ShouldBe("invalid --sni 'bad name': not a DNS name");
    }

    [Fact]
    public void TryParse_OverlongLabel_IsRejected()
    {
        var host = new string('a', 64) + ".example";

        TargetParser.TryParse(host, null, null, out _, out var error).ShouldBeFalse();

        error.ShouldNotBeNull();
        error.ShouldContain("not a valid host name");
    }

    [Theory]
    [InlineData("smtp://mail.example.com", 25, StartTlsProtocol.Smtp)]
    [InlineData("smtp://mail.example.com:587", 587, StartTlsProtocol.Smtp)]
    [InlineData("imap://mail.example.com", 143, StartTlsProtocol.Imap)]
    [InlineData("pop3://mail.example.com", 110, StartTlsProtocol.Pop3)]
    [InlineData("ftp://files.example.com", 21, StartTlsProtocol.Ftp)]
    [InlineData("ldap://dir.example.com", 389, StartTlsProtocol.Ldap)]
    [InlineData("postgres://db.example.com", 5432, StartTlsProtocol.Postgres)]
    [InlineData("postgresql://user@db.example.com:6432/app", 6432, StartTlsProtocol.Postgres)]
    [InlineData("xmpp://chat.example.com", 5222, StartTlsProtocol.Xmpp)]
    [InlineData("nntp://news.example.com", 119, StartTlsProtocol.Nntp)]
    [InlineData("sieve://mail.example.com", 4190, StartTlsProtocol.Sieve)]
    [InlineData("mysql://db.example.com", 3306, StartTlsProtocol.MySql)]
    [InlineData("SMTP://mail.example.com", 25, StartTlsProtocol.Smtp)]
    [InlineData("smtp://127.0.0.1:2525", 2525, StartTlsProtocol.Smtp)]
    [InlineData("smtps://mail.example.com", 465, StartTlsProtocol.None)]
    [InlineData("imaps://mail.example.com", 993, StartTlsProtocol.None)]
    [InlineData("pop3s://mail.example.com", 995, StartTlsProtocol.None)]
    [InlineData("ldaps://dir.example.com", 636, StartTlsProtocol.None)]
    [InlineData("ftps://files.example.com", 990, StartTlsProtocol.None)]
    [InlineData("https://www.example.com:25", 25, StartTlsProtocol.None)]
    public void TryParse_Scheme_ChoosesPortAndDialogue(string input, int port, StartTlsProtocol expected)
    {
        TargetParser.TryParse(input, null, null, out var target, out var error).ShouldBeTrue(error);

        target!.Port.ShouldBe(port);
        target.StartTls.ShouldBe(expected);
    }

    [Theory]
    [InlineData("mail.example.com:25", StartTlsProtocol.Smtp)]
    [InlineData("mail.example.com:587", StartTlsProtocol.Smtp)]
    [InlineData("mail.example.com:143", StartTlsProtocol.Imap)]
    [InlineData("mail.example.com:110", StartTlsProtocol.Pop3)]
    [InlineData("files.example.com:21", StartTlsProtocol.Ftp)]
    [InlineData("dir.example.com:389", StartTlsProtocol.Ldap)]
    [InlineData("db.example.com:5432", StartTlsProtocol.Postgres)]
    [InlineData("chat.example.com:5222", StartTlsProtocol.Xmpp)]
    [InlineData("news.example.com:119", StartTlsProtocol.Nntp)]
    [InlineData("mail.example.com:4190", StartTlsProtocol.Sieve)]
    [InlineData("db.example.com:3306", StartTlsProtocol.MySql)]
    [InlineData("mail.example.com:465", StartTlsProtocol.None)]
    [InlineData("mail.example.com:993", StartTlsProtocol.None)]
    [InlineData("example.com", StartTlsProtocol.None)]
    [InlineData("[::1]:25", StartTlsProtocol.Smtp)]
    public void TryParse_PortWithoutScheme_ChoosesDialogueByWellKnownPort(string input, StartTlsProtocol expected)
    {
        TargetParser.TryParse(input, null, null, out var target, out var error).ShouldBeTrue(error);

        target!.StartTls.ShouldBe(expected);
    }

    [Theory]
    [InlineData("127.0.0.1:2525", StartTlsProtocol.Smtp, StartTlsProtocol.Smtp)]
    [InlineData("smtp://mail.example.com", StartTlsProtocol.None, StartTlsProtocol.None)]
    [InlineData("mail.example.com:25", StartTlsProtocol.Imap, StartTlsProtocol.Imap)]
    public void TryParse_ExplicitStartTls_WinsOverSchemeAndPort(string input, StartTlsProtocol option, StartTlsProtocol expected)
    {
        TargetParser.TryParse(input, null, null, option, out var target, out var error).ShouldBeTrue(error);

        target!.StartTls.ShouldBe(expected);
    }

    [Theory]
    [InlineData("smtp", true, StartTlsProtocol.Smtp)]
    [InlineData("IMAP", true, StartTlsProtocol.Imap)]
    [InlineData("postgresql", true, StartTlsProtocol.Postgres)]
    [InlineData("none", true, StartTlsProtocol.None)]
    [InlineData("gopher", false, StartTlsProtocol.None)]
    [InlineData("", false, StartTlsProtocol.None)]
    public void TryParseName_Names_MapToProtocols(string name, bool valid, StartTlsProtocol expected)
    {
        StartTlsDefaults.TryParseName(name, out var protocol).ShouldBe(valid);

        protocol.ShouldBe(expected);
    }
}
