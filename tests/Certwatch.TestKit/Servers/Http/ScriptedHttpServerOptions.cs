using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace Certwatch.TestKit.Servers.Http;

/// <summary>What a <see cref="ScriptedHttpServer"/> serves.</summary>
public sealed record ScriptedHttpServerOptions
{
    /// <summary>Responses by request path ("/", "/a?x=1"); paths not listed get <see cref="Fallback"/> or 404.</summary>
    public IReadOnlyDictionary<string, ScriptedResponse> Routes { get; init; } = new Dictionary<string, ScriptedResponse>();

    /// <summary>Answers paths not in <see cref="Routes"/> (e.g. an endless redirect generator).</summary>
    public Func<ScriptedRequest, ScriptedResponse>? Fallback { get; init; }

    /// <summary>Serve TLS with this leaf (with its key); null for plain HTTP.</summary>
    public X509Certificate2? Leaf { get; init; }

    /// <summary>Certificates sent after the leaf, in order.</summary>
    public IReadOnlyList<X509Certificate2> Chain { get; init; } = [];

    /// <summary>Null: 127.0.0.1 and ::1; else this loopback address only.</summary>
    public IPAddress? Address { get; init; }

    /// <summary>Fixed port (with <see cref="Address"/>, e.g. the same port as another server on 127.0.0.2); 0 lets the OS pick.</summary>
    public int Port { get; init; }
}
