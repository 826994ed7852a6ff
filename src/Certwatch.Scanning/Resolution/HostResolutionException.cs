namespace Certwatch.Scanning.Resolution;

/// <summary>A name did not resolve; the message is one line for the user.</summary>
public sealed class HostResolutionException : Exception
{
    public HostResolutionException()
    {
    }

    public HostResolutionException(string message)
        : base(message)
    {
    }

    public HostResolutionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
