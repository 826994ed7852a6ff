using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Certwatch.Tls.Tests.LegacyOpenSslTestFramework", "Certwatch.Tls.Tests")]

namespace Certwatch.Tls.Tests;

/// <summary>
/// xunit hashes test case ids with SHA-1 during discovery, which initialises OpenSSL (and reads its config)
/// before any test code runs — too late for a module initializer that only runs on first use of this
/// assembly. xunit creates the test framework before discovery; being a type of this assembly, creating it
/// runs the module initializer (<see cref="OpenSslLegacyPolicyInitializer"/>) first.
/// </summary>
public sealed class LegacyOpenSslTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink);
