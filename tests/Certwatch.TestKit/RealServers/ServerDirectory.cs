using System.Text;
using Certwatch.TestKit.Pki;

namespace Certwatch.TestKit.RealServers;

/// <summary>
/// A private temp directory for one real server process: its config, PEM files, pid and logs. Deleted on
/// dispose, whatever state the server left it in.
/// </summary>
public sealed class ServerDirectory : IDisposable
{
    private ServerDirectory(string path) => Path = path;

    public string Path { get; }

    public static ServerDirectory Create(string kind)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"certwatch-{kind}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return new ServerDirectory(path);
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var file = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        System.IO.File.WriteAllText(file, text, new UTF8Encoding(false));
        return file;
    }

    /// <summary>Writes the served chain (leaf first, in the given order) and the leaf's private key as PEM.</summary>
    public (string ChainFile, string KeyFile) WriteChain(IReadOnlyList<IssuedCertificate> chain, string name = "server")
    {
        if (chain.Count == 0)
        {
            throw new ArgumentException("a served chain needs at least the leaf", nameof(chain));
        }

        var chainFile = Write($"{name}-chain.pem", string.Concat(chain.Select(c => c.Pem)));
        var keyFile = Write($"{name}-key.pem", chain[0].Key.Algorithm.ExportPkcs8PrivateKeyPem() + "\n");
        return (chainFile, keyFile);
    }

    /// <summary>Reads a log file the server may still be writing; empty when it does not exist.</summary>
    public string ReadText(string name)
    {
        var file = File(name);
        if (!System.IO.File.Exists(file))
        {
            return "";
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that outlived its kill may still hold a file: the OS temp cleaner takes it from here.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
