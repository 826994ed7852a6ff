namespace Certwatch.TestKit.RealServers;

/// <summary>Where an nginx fixture keeps its files inside its <see cref="ServerDirectory"/>.</summary>
internal sealed record NginxFiles(string Prefix, string Chain, string Key, string? DhParam)
{
    public string Config => Path.Combine(Prefix, "nginx.conf");

    public string Pid => Path.Combine(Prefix, "nginx.pid");

    public string ErrorLog => Path.Combine(Prefix, "logs", "error.log");

    public string AccessLog => Path.Combine(Prefix, "logs", "access.log");

    public string Temp(string kind) => Path.Combine(Prefix, "temp", kind);
}
