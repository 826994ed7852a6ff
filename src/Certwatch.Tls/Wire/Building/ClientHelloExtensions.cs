namespace Certwatch.Tls.Wire;

/// <summary>
/// Turns the extension properties of a <see cref="ClientHelloSpec"/> into extensions, in a fixed order
/// (the captured fixtures depend on it): identity, then negotiation lists, then flags, then TLS 1.3 ones.
/// </summary>
internal static class ClientHelloExtensions
{
    public static List<TlsExtension> From(ClientHelloSpec spec)
    {
        var list = new List<TlsExtension>();
        AddIdentityAndLists(spec, list);
        AddFlags(spec, list);
        AddTls13(spec, list);
        list.AddRange(spec.AdditionalExtensions);
        return list;
    }

    private static void AddIdentityAndLists(ClientHelloSpec spec, List<TlsExtension> list)
    {
        if (spec.ServerName is { } host)
        {
            // RFC 6066 §3: server_name_list<1..2^16-1> of { NameType host_name(0); HostName<1..2^16-1> }
            AddVector(list, ExtensionType.ServerName, 2, w => ClientHelloBuilder.Vector(w.UInt8(0), 2, n => n.Bytes(ClientHelloBuilder.Ascii(host))));
        }

        if (spec.EcPointFormats is { } formats)
        {
            AddVector(list, ExtensionType.EcPointFormats, 1, w => formats.ToList().ForEach(f => w.UInt8(f)));
        }

        if (spec.SupportedGroups is { } groups)
        {
            AddVector(list, ExtensionType.SupportedGroups, 2, w => groups.ToList().ForEach(g => w.UInt16(g.Value)));
        }

        if (spec.SessionTicket is { } ticket)
        {
            Add(list, ExtensionType.SessionTicket, w => w.Bytes(ticket.Span));
        }

        if (spec.Alpn is { } alpn)
        {
            AddVector(list, ExtensionType.ApplicationLayerProtocolNegotiation, 2,
                w => alpn.ToList().ForEach(p => ClientHelloBuilder.Vector(w, 1, n => n.Bytes(ClientHelloBuilder.Ascii(p)))));
        }
    }

    private static void AddFlags(ClientHelloSpec spec, List<TlsExtension> list)
    {
        if (spec.StatusRequest)
        {
            // CertificateStatusRequest: status_type ocsp(1), responder_id_list<0..2^16-1>, request_extensions<0..2^16-1>
            Add(list, ExtensionType.StatusRequest, w => w.UInt8(1).UInt16(0).UInt16(0));
        }

        if (spec.SignatureAlgorithms is { } schemes)
        {
            AddVector(list, ExtensionType.SignatureAlgorithms, 2, w => schemes.ToList().ForEach(s => w.UInt16(s.Value)));
        }

        if (spec.Heartbeat is { } mode)
        {
            Add(list, ExtensionType.Heartbeat, w => w.UInt8(mode));
        }

        if (spec.ExtendedMasterSecret)
        {
            Add(list, ExtensionType.ExtendedMasterSecret, _ => { });
        }

        if (spec.RenegotiationInfo is { } renegotiated)
        {
            AddVector(list, ExtensionType.RenegotiationInfo, 1, w => w.Bytes(renegotiated.Span));
        }
    }

    private static void AddTls13(ClientHelloSpec spec, List<TlsExtension> list)
    {
        if (spec.SupportedVersions is { } versions)
        {
            AddVector(list, ExtensionType.SupportedVersions, 1, w => versions.ToList().ForEach(v => w.UInt16(v.Value)));
        }

        if (spec.PskKeyExchangeModes is { } modes)
        {
            AddVector(list, ExtensionType.PskKeyExchangeModes, 1, w => modes.ToList().ForEach(m => w.UInt8(m)));
        }

        if (spec.KeyShares is { } shares)
        {
            AddVector(list, ExtensionType.KeyShare, 2,
                w => shares.ToList().ForEach(s => ClientHelloBuilder.Vector(w.UInt16(s.Group.Value), 2, k => k.Bytes(s.KeyExchange.Span))));
        }
    }

    private static void Add(List<TlsExtension> list, ExtensionType type, Action<WireWriter> write) =>
        list.Add(new TlsExtension(type, ClientHelloBuilder.Data(write)));

    private static void AddVector(List<TlsExtension> list, ExtensionType type, int prefixBytes, Action<WireWriter> write) =>
        Add(list, type, w => ClientHelloBuilder.Vector(w, prefixBytes, write));
}
