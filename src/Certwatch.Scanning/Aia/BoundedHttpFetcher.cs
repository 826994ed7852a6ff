using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace Certwatch.Scanning.Aia;

/// <summary>
/// The one HTTP client of PKI downloads: plain http only (RFC 5280 §4.2.2.1 and RFC 5019 §5 — clients do not
/// use TLS to fetch what validates TLS), no proxy, no redirects, a timeout, a size limit, and a per-run
/// cache so each URL is fetched once however many addresses or clients need it. Failures are values.
/// </summary>
public sealed class BoundedHttpFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly NetworkFetchOptions _options;
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpFetchResult>>> _cache = new(StringComparer.Ordinal);

    public BoundedHttpFetcher(NetworkFetchOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = options.Timeout,
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,

            // What is fetched (certificates, OCSP responses, CRLs) is signed and verified by Certwatch itself;
            // the transport adds no trust (RFC 5280 §4.2.2.1 expects plain http), and check/scan leave the
            // platform store unloaded (PlatformChainStore), so an https URL is fetched without judging its TLS.
            SslOptions = new System.Net.Security.SslClientAuthenticationOptions { RemoteCertificateValidationCallback = static (_, _, _, _) => true },
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Downloads made so far (cache entries), for tests and reports.</summary>
    public int Requests => _cache.Count;

    public Task<HttpFetchResult> GetAsync(string url, int maxBytes, CancellationToken cancellationToken) =>
        Cached("GET " + url, () => SendAsync(new HttpRequestMessage(HttpMethod.Get, url), url, maxBytes, cancellationToken));

    public Task<HttpFetchResult> PostAsync(string url, byte[] body, string contentType, int maxBytes, CancellationToken cancellationToken) =>
        Cached($"POST {url} {Convert.ToBase64String(body)}", () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            return SendAsync(request, url, maxBytes, cancellationToken);
        });

    public void Dispose() => _client.Dispose();

    private Task<HttpFetchResult> Cached(string key, Func<Task<HttpFetchResult>> fetch) =>
        _cache.GetOrAdd(key, _ => new Lazy<Task<HttpFetchResult>>(fetch)).Value;

    private async Task<HttpFetchResult> SendAsync(HttpRequestMessage request, string url, int maxBytes, CancellationToken cancellationToken)
    {
        using var _ = request;
        if (!_options.Enabled)
        {
            return HttpFetchResult.Failed("network fetching is off for this run");
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            return HttpFetchResult.Failed($"not an http:// URL ({url}); clients fetch PKI data over plain HTTP only");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return HttpFetchResult.Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            if (response.Content.Headers.ContentLength is { } length && length > maxBytes)
            {
                return HttpFetchResult.Failed($"response of {length} bytes exceeds the {maxBytes}-byte limit");
            }

            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            return await ReadBoundedAsync(stream, maxBytes, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HttpFetchResult.Failed($"timed out after {_options.Timeout.TotalSeconds:0.#}s");
        }
        catch (HttpRequestException e)
        {
            return HttpFetchResult.Failed(e.InnerException?.Message ?? e.Message);
        }
        catch (IOException e)
        {
            return HttpFetchResult.Failed(e.Message);
        }
    }

    private static async Task<HttpFetchResult> ReadBoundedAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return HttpFetchResult.Failed($"response exceeds the {maxBytes}-byte limit");
            }

            buffer.Write(chunk, 0, read);
        }

        return new HttpFetchResult(buffer.ToArray(), null);
    }
}
