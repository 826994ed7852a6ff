using System.Globalization;
using System.Text;

namespace Certwatch.TestKit.RealServers;

/// <summary>Renders a self-contained nginx.conf: one foreground process, everything under its prefix directory.</summary>
internal static class NginxConfig
{
    public static string Render(NginxSiteOptions options, NginxFiles files, int httpsPort, int httpPort)
    {
        var text = new StringBuilder();
        // master_process off: one process the fixture can kill; as root no worker switches user.
        text.AppendLine("daemon off;");
        text.AppendLine("master_process off;");
        text.AppendLine("worker_processes 1;");
        text.AppendLine($"pid {files.Pid};");
        text.AppendLine($"error_log {files.ErrorLog} info;");
        text.AppendLine("events { worker_connections 256; }");
        text.AppendLine("http {");
        text.AppendLine($"  access_log {files.AccessLog};");
        foreach (var temp in new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            text.AppendLine($"  {temp}_temp_path {files.Temp(temp)};");
        }

        text.AppendLine("  default_type text/plain;");
        AppendTlsServer(text, options, files, httpsPort, httpPort);
        if (options.PlainHttp)
        {
            text.AppendLine("  server {");
            text.AppendLine($"    listen 127.0.0.1:{Port(httpPort)};");
            text.AppendLine("    server_name localhost;");
            AppendLines(text, options.HttpDirectives, httpsPort, httpPort);
            text.AppendLine("    location / { return 200 \"plain http\\n\"; }");
            text.AppendLine("  }");
        }

        foreach (var server in options.ExtraServers)
        {
            text.AppendLine(Substitute(server, httpsPort, httpPort));
        }

        text.AppendLine("}");
        return text.ToString();
    }

    private static void AppendTlsServer(StringBuilder text, NginxSiteOptions options, NginxFiles files, int httpsPort, int httpPort)
    {
        text.AppendLine("  server {");
        text.AppendLine($"    listen 127.0.0.1:{Port(httpsPort)} ssl;");
        text.AppendLine("    server_name localhost;");
        text.AppendLine($"    ssl_certificate {files.Chain};");
        text.AppendLine($"    ssl_certificate_key {files.Key};");
        text.AppendLine($"    ssl_protocols {options.Protocols};");
        if (options.Ciphers is { } ciphers)
        {
            text.AppendLine($"    ssl_ciphers \"{ciphers}\";");
        }

        if (options.Tls13Ciphers is { } suites)
        {
            text.AppendLine($"    ssl_conf_command Ciphersuites \"{suites}\";");
        }

        text.AppendLine($"    ssl_prefer_server_ciphers {(options.PreferServerCiphers ? "on" : "off")};");
        if (files.DhParam is { } dhparam)
        {
            text.AppendLine($"    ssl_dhparam {dhparam};");
        }

        if (options.EcdhCurve is { } curve)
        {
            text.AppendLine($"    ssl_ecdh_curve {curve};");
        }

        AppendLines(text, options.HttpsDirectives, httpsPort, httpPort);
        text.AppendLine("    location / { return 200 \"certwatch nginx fixture\\n\"; }");
        text.AppendLine("  }");
    }

    private static void AppendLines(StringBuilder text, IReadOnlyList<string> lines, int httpsPort, int httpPort)
    {
        foreach (var line in lines)
        {
            text.AppendLine($"    {Substitute(line, httpsPort, httpPort)}");
        }
    }

    private static string Substitute(string text, int httpsPort, int httpPort) => text
        .Replace("{HTTPS_PORT}", Port(httpsPort), StringComparison.Ordinal)
        .Replace("{HTTP_PORT}", Port(httpPort), StringComparison.Ordinal);

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
