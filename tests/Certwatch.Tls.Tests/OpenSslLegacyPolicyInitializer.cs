using System.Runtime.CompilerServices;
using Certwatch.Tls;

namespace Certwatch.Tls.Tests;

/// <summary>
/// The lab serves RSA-1024 and SHA-1 chains that OpenSSL refuses at its default security level, so the
/// legacy policy must be in place before the first crypto call of the process, hence a module initializer.
/// </summary>
internal static class OpenSslLegacyPolicyInitializer
{
#pragma warning disable CA2255 // a test assembly is exactly where a module initializer belongs
    [ModuleInitializer]
    internal static void Initialize() => OpenSslLegacyPolicy.Enable();
#pragma warning restore CA2255
}
