namespace Certwatch.TestKit.Servers.Http;

/// <summary>How a <see cref="ScriptedHttpServer"/> misbehaves for one response.</summary>
public enum ScriptedBehavior
{
    /// <summary>Send the status line, the headers and the body.</summary>
    Normal,

    /// <summary>Send a status line and then one header line of 1 MiB (or until the client hangs up).</summary>
    HugeHeaderLine,

    /// <summary>Send 10 000 header fields.</summary>
    EndlessHeaders,

    /// <summary>Accept the request and never answer.</summary>
    Stall,

    /// <summary>Send the head one byte every 200 ms.</summary>
    Trickle,

    /// <summary>Send bytes that are not HTTP.</summary>
    Garbage,

    /// <summary>Close the connection without a byte.</summary>
    CloseImmediately,
}
