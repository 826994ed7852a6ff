namespace Certwatch.X509.Model;

/// <summary>
/// Counts the SCTs in a TLS-encoded SignedCertificateTimestampList (RFC 6962 §3.3): a 2-byte total
/// length, then entries of a 2-byte length and the SCT. A list whose lengths do not add up counts as
/// no SCTs, as Chrome treats an undecodable list.
/// </summary>
internal static class SctListReader
{
    public static int Count(ReadOnlySpan<byte> list)
    {
        if (list.Length < 2 || ReadLength(list) != list.Length - 2)
        {
            return 0;
        }

        var entries = list[2..];
        var count = 0;
        while (!entries.IsEmpty)
        {
            if (entries.Length < 2)
            {
                return 0;
            }

            var length = ReadLength(entries);
            if (length == 0 || entries.Length < 2 + length)
            {
                return 0;
            }

            entries = entries[(2 + length)..];
            count++;
        }

        return count;
    }

    private static int ReadLength(ReadOnlySpan<byte> data) => (data[0] << 8) | data[1];
}
