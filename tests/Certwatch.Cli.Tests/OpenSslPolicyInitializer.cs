using System.Runtime.CompilerServices;
using Certwatch.Tls;

namespace Certwatch.Cli.Tests;

internal static class OpenSslPolicyInitializer
{
    // Must run before any test touches crypto: OpenSSL reads OPENSSL_CONF once.
    [ModuleInitializer]
    internal static void Enable() => OpenSslLegacyPolicy.Enable();
}
