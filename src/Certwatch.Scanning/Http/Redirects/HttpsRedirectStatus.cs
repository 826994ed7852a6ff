namespace Certwatch.Scanning.Http;

/// <summary>How the plain-HTTP port sends visitors to HTTPS (hstspreload redirects.go; Observatory redirection test).</summary>
public enum HttpsRedirectStatus
{
    /// <summary>Not checked (no plain-HTTP port configured).</summary>
    NotChecked,

    /// <summary>Nothing listens on the plain-HTTP port: nothing to redirect (allowed).</summary>
    NoPlainHttp,

    /// <summary>Redirects to https on the same host first, stays on https, within 3 redirects.</summary>
    Correct,

    /// <summary>Answers without redirecting: the site is served over plain HTTP.</summary>
    NoRedirect,

    /// <summary>The first redirect goes to plain http.</summary>
    FirstRedirectInsecure,

    /// <summary>The first redirect goes to https on another host (www first, or elsewhere), so browsers never see this host's HSTS.</summary>
    FirstRedirectOffHost,

    /// <summary>The chain returns to plain http after reaching https.</summary>
    LaterRedirectInsecure,

    /// <summary>More than 3 redirects, a loop, or an endless chain.</summary>
    TooManyRedirects,

    /// <summary>The first hop answered but following the chain failed (a hop error, an unusable Location).</summary>
    Broken,
}
