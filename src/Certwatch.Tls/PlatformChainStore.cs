using System.Runtime.InteropServices;

namespace Certwatch.Tls;

/// <summary>
/// SslStream on Linux builds an X509Chain before it calls our validation callback, and .NET's chain builder
/// reads the whole system certificate store on first use: 50–60 ms of OpenSSL parsing on this machine, most of
/// a scan's wall time. <c>check</c> and <c>scan</c> never use that chain's verdict — Certwatch's own verifier
/// judges against the trust store it loaded itself (read from the files directly, honouring the user's
/// SSL_CERT_FILE through .NET's managed copy of the environment) — so those commands point the native
/// SSL_CERT_FILE and SSL_CERT_DIR, which .NET's store provider reads through OpenSSL's getenv, at nothing.
/// Everything else that validates TLS in those commands passes its own anchors.
/// </summary>
public static partial class PlatformChainStore
{
    private const string EmptyDirectory = "/nonexistent/certwatch-empty-platform-store";

    /// <summary>Call first thing in Main, before anything touches crypto; Linux only; never throws.</summary>
    public static void LeaveUnloaded()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            // Only the native environment: Environment.GetEnvironmentVariable (our own trust-store locator, child
            // processes) keeps seeing the user's values.
            _ = SetEnv("SSL_CERT_FILE", "/dev/null", 1);
            _ = SetEnv("SSL_CERT_DIR", EmptyDirectory, 1);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Only slower: the first handshake loads the platform store.
        }
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
