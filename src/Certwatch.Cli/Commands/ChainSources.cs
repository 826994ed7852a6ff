using Certwatch.Scanning.Aia;
using Certwatch.X509.Trust;

namespace Certwatch.Cli.Commands;

/// <summary>Turns the chain-source settings into the pipeline's network options and the preloaded-intermediate store.</summary>
public static class ChainSources
{
    /// <summary>Set to a path, or to "off" to keep the preloaded intermediates in memory only.</summary>
    public const string IntermediatesVariable = "CERTWATCH_INTERMEDIATES";

    public static NetworkFetchOptions Network(CheckSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        // The lab's certificates point their AIA at 127.0.0.1:1 on purpose ("never fetched by accident").
        var enabled = settings.Fetch && !settings.Lab;
        return NetworkFetchOptions.Default with { Enabled = enabled, Revocation = enabled && settings.Revocation, StrictUsesAia = settings.StrictAia };
    }

    public static IntermediateStore Intermediates(CheckSettings settings, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        var path = settings.IntermediatesFile ?? (settings.Lab ? null : environment.IntermediatesCache);
        return path is null ? IntermediateStore.InMemory([]) : IntermediateStore.Load(path, out _);
    }

    /// <summary>$CERTWATCH_INTERMEDIATES, else $XDG_CACHE_HOME/certwatch/intermediates.pem, else ~/.cache/certwatch/intermediates.pem.</summary>
    public static string? DefaultIntermediatesPath()
    {
        var configured = Environment.GetEnvironmentVariable(IntermediatesVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return configured == "off" ? null : configured;
        }

        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cache))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (string.IsNullOrEmpty(home))
            {
                return null;
            }

            cache = Path.Combine(home, ".cache");
        }

        return Path.Combine(cache, "certwatch", "intermediates.pem");
    }
}
