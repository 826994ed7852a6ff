using System.Text.Json;
using Certwatch.TestKit.Pki;

namespace Certwatch.Cli.Tests.Commands;

/// <summary><c>certwatch limbo</c>: the x509-limbo harness protocol over stdin/stdout.</summary>
public class LimboCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Limbo_TwoCases_WritesOneResultEachWithTheirOutcome()
    {
        var chain = TestPki.CreateChain("a.test", Now, root: s => s with { Key = TestKey.EcP256() }, intermediate: s => s with { Key = TestKey.EcP256() }, leaf: s => s with { Key = TestKey.EcP256() });
        var suite = $$"""
            {"version":1,"testcases":[
              {{Case("good", chain, "a.test", "SUCCESS")}},
              {{Case("wrong-name", chain, "b.test", "FAILURE")}}]}
            """;

        var (code, stdout, stderr) = await RunAsync(suite);

        code.ShouldBe(0, stderr);
        using var document = JsonDocument.Parse(stdout);
        document.RootElement.GetProperty("harness").GetString().ShouldBe("certwatch");
        var results = document.RootElement.GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => (Result: r.GetProperty("actual_result").GetString(), Context: r.GetProperty("context").GetString()));
        results["good"].Result.ShouldBe("SUCCESS");
        results["wrong-name"].Result.ShouldBe("FAILURE");
        results["wrong-name"].Context.ShouldNotBeNull().ShouldContain("not b.test");
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("{\"testcases\":{}}")]
    [InlineData("{\"testcases\":[{\"id\":1}]}")]
    public async Task Limbo_BadStdin_OneLineErrorExit3(string input)
    {
        var (code, stdout, stderr) = await RunAsync(input);

        code.ShouldBe(3);
        stdout.ShouldBeEmpty();
        stderr.TrimEnd().ShouldStartWith("certwatch limbo: not a limbo suite");
        stderr.TrimEnd().ShouldNotContain("\n");
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(string input)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var environment = CliEnvironments.Create(stdout, stderr) with { Input = new StringReader(input), Time = new FixedClock(Now) };
        var code = await CertwatchApp.RunAsync(["limbo"], environment);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Case(string id, TestChain chain, string name, string expected) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = id,
        ["validation_kind"] = "SERVER",
        ["trusted_certs"] = new[] { chain.Root.Pem },
        ["untrusted_intermediates"] = new[] { chain.Intermediate.Pem },
        ["peer_certificate"] = chain.Leaf.Pem,
        ["validation_time"] = null,
        ["expected_result"] = expected,
        ["expected_peer_name"] = new Dictionary<string, string> { ["kind"] = "DNS", ["value"] = name },
    });

    /// <summary>The clock that "now" cases are validated at.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
