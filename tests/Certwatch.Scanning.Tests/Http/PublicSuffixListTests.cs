using Certwatch.Scanning.Http;

namespace Certwatch.Scanning.Tests.Http;

public sealed class PublicSuffixListTests
{
    // Expected values follow the publicsuffix.org test vectors (tests/test_psl.txt) for these rules.
    [Theory]
    [InlineData("example.com", "com", "example.com", PublicSuffixSection.Icann)]
    [InlineData("www.example.com", "com", "example.com", PublicSuffixSection.Icann)]
    [InlineData("EXAMPLE.COM.", "com", "example.com", PublicSuffixSection.Icann)]
    [InlineData("a.b.example.co.uk", "co.uk", "example.co.uk", PublicSuffixSection.Icann)]
    [InlineData("www.ck", "ck", "www.ck", PublicSuffixSection.Icann)] // !www.ck exception beats *.ck
    [InlineData("a.b.ck", "b.ck", "a.b.ck", PublicSuffixSection.Icann)] // *.ck wildcard
    [InlineData("a.b.c.kawasaki.jp", "c.kawasaki.jp", "b.c.kawasaki.jp", PublicSuffixSection.Icann)]
    [InlineData("city.kawasaki.jp", "kawasaki.jp", "city.kawasaki.jp", PublicSuffixSection.Icann)]
    [InlineData("user.github.io", "github.io", "user.github.io", PublicSuffixSection.Private)]
    [InlineData("example.test", "test", "example.test", PublicSuffixSection.DefaultRule)] // no rule: "*" applies
    [InlineData("shishi.公司.cn", "xn--55qx5d.cn", "shishi.xn--55qx5d.cn", PublicSuffixSection.Icann)] // IDN rule matched as A-labels
    public void Match_Domain_FindsSuffixAndRegistrableDomain(string domain, string suffix, string registrable, PublicSuffixSection section)
    {
        var match = PublicSuffixList.Embedded.Match(domain).ShouldNotBeNull();

        match.PublicSuffix.ShouldBe(suffix);
        match.RegistrableDomain.ShouldBe(registrable);
        match.Section.ShouldBe(section);
    }

    [Theory]
    [InlineData("com")]
    [InlineData("co.uk")]
    [InlineData("b.ck")]
    [InlineData("github.io")]
    public void Match_PublicSuffixItself_HasNoRegistrableDomain(string domain)
    {
        var match = PublicSuffixList.Embedded.Match(domain)!;

        match.IsPublicSuffix.ShouldBeTrue();
        match.RegistrableDomain.ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("a..com")]
    public void Match_NotADomain_IsNull(string domain) => PublicSuffixList.Embedded.Match(domain).ShouldBeNull();

    [Fact]
    public void Embedded_HoldsTheDebianList()
    {
        PublicSuffixList.Embedded.RuleCount.ShouldBeGreaterThan(9000);
        PublicSuffixList.Embedded.Source.ShouldContain("20230209");
    }

    [Fact]
    public void Load_NewerFile_ReplacesTheRules()
    {
        var path = Path.Combine(Path.GetTempPath(), $"psl-{Guid.NewGuid():N}.dat");
        File.WriteAllText(path, "// ===BEGIN ICANN DOMAINS===\ntest\n// ===END ICANN DOMAINS===\n// ===BEGIN PRIVATE DOMAINS===\nshared.test\n");
        try
        {
            var loaded = PublicSuffixList.Load(path);

            loaded.Error.ShouldBeNull();
            var match = loaded.List!.Match("a.shared.test")!;
            match.RegistrableDomain.ShouldBe("a.shared.test");
            match.Section.ShouldBe(PublicSuffixSection.Private);
            loaded.List.Source.ShouldBe(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MissingFile_IsAnErrorValue()
    {
        var loaded = PublicSuffixList.Load("/nonexistent/psl.dat");

        loaded.List.ShouldBeNull();
        loaded.Error!.ShouldStartWith("cannot read the public suffix list /nonexistent/psl.dat");
    }

    [Fact]
    public void Load_FileWithoutRules_IsAnErrorValue()
    {
        var path = Path.Combine(Path.GetTempPath(), $"psl-{Guid.NewGuid():N}.dat");
        File.WriteAllText(path, "// ===BEGIN ICANN DOMAINS===\n// only comments\n\n");
        try
        {
            PublicSuffixList.Load(path).Error.ShouldBe($"{path} holds no public suffix rules");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_SomeOtherFile_IsRefusedNotReadAsRules()
    {
        var path = Path.Combine(Path.GetTempPath(), $"psl-{Guid.NewGuid():N}.dat");
        File.WriteAllText(path, "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
        try
        {
            var loaded = PublicSuffixList.Load(path);

            loaded.List.ShouldBeNull();
            loaded.Error.ShouldBe($"{path} is not a Public Suffix List: it has no '// ===BEGIN ICANN DOMAINS===' line (the publicsuffix.org format)");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
