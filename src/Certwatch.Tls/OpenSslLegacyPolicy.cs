using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Text;

namespace Certwatch.Tls;

/// <summary>
/// Lets this process handshake with weak servers. OpenSSL 3 at its default security level 2 refuses RSA-1024
/// keys, SHA-1 signatures and TLS 1.0/1.1 before our code ever sees the chain — but a checker must complete
/// the handshake to report exactly those weaknesses. We point OpenSSL at a config with
/// <c>CipherString = ALL:!aNULL:@SECLEVEL=0</c> and <c>MinProtocol = None</c>; the verdict on the chain is ours,
/// not OpenSSL's. Call <see cref="Enable"/> first thing in Main (and in each test assembly's module
/// initializer): OpenSSL reads OPENSSL_CONF once, when .NET first initialises it.
/// </summary>
public static partial class OpenSslLegacyPolicy
{
    private const string Variable = "OPENSSL_CONF";

    // OpenSSL config syntax: openssl-config(5) and SSL_CONF_cmd(3) ("system_default" section). "ALL" alone
    // would also offer anonymous (aNULL) suites, which no browser offers: a server that prefers them would
    // then hand us no certificate at all, so they are taken out.
    private const string ConfigText =
        "openssl_conf = openssl_init\n\n" +
        "[openssl_init]\nssl_conf = ssl_sect\n\n" +
        "[ssl_sect]\nsystem_default = system_default_sect\n\n" +
        "[system_default_sect]\nCipherString = ALL:!aNULL:@SECLEVEL=0\nMinProtocol = None\n";

    private static readonly Lock Gate = new();
    private static bool _done;

    /// <summary>The config file this process pointed OpenSSL at; null when not applied (user's own OPENSSL_CONF, not Linux, or failure).</summary>
    public static string? ConfigPath { get; private set; }

    /// <summary>
    /// Writes the config (once) and sets OPENSSL_CONF in the native environment, unless the user set
    /// OPENSSL_CONF already. Idempotent; never throws (without it only weak servers fail to handshake).
    /// </summary>
    public static void Enable()
    {
        lock (Gate)
        {
            if (_done)
            {
                return;
            }

            _done = true;
            if (!OperatingSystem.IsLinux() && !OperatingSystem.IsFreeBSD())
            {
                return; // Windows and macOS use SChannel / Apple Security, which read no OpenSSL config.
            }

            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
            {
                return; // the user's own OpenSSL configuration wins
            }

            var path = TryWriteConfig();
            if (path is not null && SetNativeEnvironment(path))
            {
                ConfigPath = path;
            }
        }
    }

    [UnsupportedOSPlatform("windows")]
    private static string? TryWriteConfig()
    {
        foreach (var directory in CandidateDirectories())
        {
            try
            {
                return WriteConfigInto(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // try the next location
            }
        }

        return null;
    }

    // A per-user cache directory first: an OpenSSL config can load providers (code), so it must not live
    // where another user could plant or swap it. The temp fallback gets a fresh, unpredictable name.
    private static IEnumerable<string> CandidateDirectories()
    {
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cache))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            cache = string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache");
        }

        if (cache is not null)
        {
            yield return Path.Combine(cache, "certwatch");
        }

        yield return Path.Combine(Path.GetTempPath(), "certwatch-" + Path.GetRandomFileName());
    }

    [UnsupportedOSPlatform("windows")]
    private static string WriteConfigInto(string directory)
    {
        Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var path = Path.Combine(directory, "openssl-legacy.cnf");
        if (File.Exists(path) && File.ReadAllText(path, Encoding.UTF8) == ConfigText)
        {
            return path;
        }

        // Write beside and rename, so a concurrent process never reads a half-written file.
        var staging = path + "." + Path.GetRandomFileName();
        File.WriteAllText(staging, ConfigText, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(staging, path, overwrite: true);
        return path;
    }

    // Environment.SetEnvironmentVariable only updates .NET's managed copy on Unix; OpenSSL calls the C
    // library's getenv, so the variable must be set with libc setenv(3). The managed copy is kept in step.
    private static bool SetNativeEnvironment(string path)
    {
        try
        {
            if (SetEnv(Variable, path, 1) != 0)
            {
                return false;
            }

            Environment.SetEnvironmentVariable(Variable, path);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
