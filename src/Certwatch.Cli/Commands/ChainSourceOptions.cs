using System.CommandLine;
using System.CommandLine.Parsing;

namespace Certwatch.Cli.Commands;

/// <summary>
/// Where certificates and revocation data come from for <c>certwatch check</c>: <c>--trust-store</c>,
/// <c>--intermediates</c>, <c>--aia</c>, <c>--no-fetch</c>, <c>--no-revocation</c>.
/// </summary>
/// <remarks>
/// Network fetching (AIA, OCSP, CRL) is on by default because that is what browsers do, and it is bounded
/// (5 s per download, 64 KiB for AIA, 4 MiB for CRLs, one download per URL per run) and soft-fail (an
/// unreachable responder is a warning, never "revoked"). CI and offline runs use <c>--no-fetch</c>.
/// </remarks>
public sealed class ChainSourceOptions
{
    private readonly Option<string?> _trustStore = new("--trust-store")
    {
        Description = "Trust the roots in this Mozilla-style PEM bundle (e.g. curl's cacert.pem) as a public root store, instead of the system store",
        HelpName = "FILE",
    };

    private readonly Option<string?> _intermediates = new("--intermediates")
    {
        Description = "Firefox's preloaded intermediates: a PEM file read at start and extended with every intermediate seen (default ~/.cache/certwatch/intermediates.pem)",
        HelpName = "FILE",
    };

    private readonly Option<bool> _aia = new("--aia") { Description = "Let Certwatch's own strict analysis use intermediates downloaded over AIA too (Chrome and Safari always fetch)" };
    private readonly Option<bool> _noFetch = new("--no-fetch") { Description = "No network downloads (AIA, OCSP, CRL): AIA-fetching clients are predicted by assumption, revocation is not checked" };
    private readonly Option<bool> _noRevocation = new("--no-revocation") { Description = "Do not ask OCSP responders or CRLs (on by default: bounded, soft-fail)" };

    public IEnumerable<Option> All => [_trustStore, _intermediates, _aia, _noFetch, _noRevocation];

    public void Validate(CommandResult result, Option<string?> caFile)
    {
        if (result.GetValue(_trustStore) is not null && result.GetValue(caFile) is not null)
        {
            result.AddError("--trust-store conflicts with --ca-file (one trust store per run)");
        }

        if (result.GetValue(_aia) && result.GetValue(_noFetch))
        {
            result.AddError("--aia conflicts with --no-fetch");
        }
    }

    public CheckSettings Apply(ParseResult result, CheckSettings settings) => settings with
    {
        TrustStoreFile = result.GetValue(_trustStore),
        IntermediatesFile = result.GetValue(_intermediates),
        StrictAia = result.GetValue(_aia),
        Fetch = !result.GetValue(_noFetch),
        Revocation = !result.GetValue(_noRevocation),
    };
}
