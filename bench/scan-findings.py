#!/usr/bin/env python3
"""Side-by-side findings and times of certwatch scan, testssl.sh and sslscan (bench/scan-compare.sh output dir)."""
import json
import os
import sys
import xml.etree.ElementTree as ET

OUT = sys.argv[1] if len(sys.argv) > 1 else "bench/out/scan"
VERSIONS = ["SSLv2", "SSLv3", "TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3"]
TESTSSL_PROTOCOLS = {"SSLv2": "SSLv2", "SSLv3": "SSLv3", "TLS1": "TLSv1.0", "TLS1_1": "TLSv1.1", "TLS1_2": "TLSv1.2", "TLS1_3": "TLSv1.3"}
TESTSSL_ORDER = {"cipherorder_TLSv1": "TLSv1.0", "cipherorder_TLSv1_1": "TLSv1.1", "cipherorder_TLSv1_2": "TLSv1.2", "cipherorder_TLSv1_3": "TLSv1.3"}
TESTSSL_VULNS = ["heartbleed", "CCS", "ticketbleed", "ROBOT", "secure_renego", "secure_client_renego", "CRIME_TLS", "BREACH",
                 "POODLE_SSL", "fallback_SCSV", "SWEET32", "FREAK", "DROWN", "LOGJAM", "LOGJAM-common_primes", "BEAST", "LUCKY13",
                 "winshock", "RC4"]


def path(name):
    return os.path.join(OUT, name)


def load_json(name):
    try:
        with open(path(name)) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def certwatch(name):
    doc = load_json(f"certwatch-{name}.json")
    if not doc:
        return None
    address = doc["targets"][0]["addresses"][0]
    probes = address["probes"]
    protocols = [p["version"] for p in (probes["protocols"]["value"] or []) if p["supported"]]
    suites = {c["version"]: [s["openSslName"] or s["ianaName"] for s in c["suites"]] for c in (probes["ciphers"]["value"] or [])}
    dh = sorted({s["dhBits"] for c in (probes["ciphers"]["value"] or []) for s in c["suites"] if s["dhBits"]})
    flagged = sorted({f["id"] for f in doc["targets"][0]["findings"] if f["id"].startswith(("vuln.", "tls."))})
    features = {
        "heartbleed": value_text(probes["heartbleed"], lambda v: "VULNERABLE" if v["vulnerable"] else "not vulnerable"),
        "CCS injection": value_text(probes["ccsInjection"], lambda v: "VULNERABLE" if v["vulnerable"] else "not vulnerable"),
        "secure renegotiation": value_text(probes["renegotiation"], lambda v: "yes" if v["secureRenegotiation"] else "no"),
        "compression": value_text(probes["compression"], lambda v: "yes" if v else "no"),
        "fallback SCSV": value_text(probes["fallbackScsv"], lambda v: "yes" if v["supported"] else "no"),
        "DH bits": ", ".join(map(str, dh)) or "-",
        "groups": value_text(probes["groups"], lambda v: " ".join(sorted(g["name"] or g["code"] for g in v["groups"]))),
        "signature algorithms": signature_text(probes),
        "grade": doc["targets"][0]["grade"] or "-",
    }
    return protocols, suites, flagged, features


def signature_text(probes):
    """TLS 1.2 (ServerKeyExchange) and TLS 1.3 (one scheme per hello) lists together, like sslscan's; a probe not run shows only when both are."""
    shown = [p for p in (probes["signatureAlgorithms"], probes.get("tls13SignatureAlgorithms")) if p and p["status"] != "skipped"]
    if not shown:
        return value_text(probes["signatureAlgorithms"], lambda v: "")
    names = {a["name"] or a["code"] for p in shown if p["status"] == "completed" for a in p["value"]}
    errors = [f"{p['status']}: {p['reason']}" for p in shown if p["status"] != "completed"]
    return " ".join(sorted(names) + errors) or "-"


def value_text(probe, describe):
    return describe(probe["value"]) if probe["status"] == "completed" else f"{probe['status']}: {probe['reason']}"


def testssl(name):
    doc = load_json(f"testssl-{name}.json")
    if not doc:
        return None
    by_id = {e["id"]: e for e in doc}
    protocols = [v for k, v in TESTSSL_PROTOCOLS.items() if by_id.get(k, {}).get("finding", "").startswith("offered")]
    suites = {v: by_id[k]["finding"].split() for k, v in TESTSSL_ORDER.items() if k in by_id}
    # "cipher_x1302: x1302 TLS_AES_256_GCM_SHA384 ECDH 253 AESGCM 256 TLS_AES_256_GCM_SHA384" (-e, one per suite)
    each = [e["finding"].split() for e in doc if e["id"].startswith("cipher_x")]
    if "TLSv1.3" in protocols and "TLSv1.3" not in suites:
        suites["TLSv1.3"] = [t[1] for t in each if t[0].startswith("x13")]
    flagged = sorted({f"{e['id']} ({e['severity']})" for e in doc if e["id"] in TESTSSL_VULNS and e["severity"] not in ("OK", "INFO")})
    dh = sorted({t[3] for t in each if len(t) > 3 and t[2] == "DH"})
    features = {
        "heartbleed": by_id.get("heartbleed", {}).get("finding", "-"),
        "CCS injection": by_id.get("CCS", {}).get("finding", "-"),
        "secure renegotiation": by_id.get("secure_renego", {}).get("finding", "-"),
        "compression": by_id.get("CRIME_TLS", {}).get("finding", "-"),
        "fallback SCSV": by_id.get("fallback_SCSV", {}).get("finding", "-"),
        "DH bits": ", ".join(dh) or "-",
        "groups": "- (not with -p -e -U -S -P)",
        "signature algorithms": "- (not with -p -e -U -S -P)",
        "grade": by_id.get("overall_grade", {}).get("finding", "- (3.0.8 has no rating)"),
    }
    return protocols, suites, flagged, features


def sslscan(name):
    try:
        root = ET.parse(path(f"sslscan-{name}.xml")).getroot()
    except (OSError, ET.ParseError):
        return None
    test = root.find("ssltest")
    if test is None:
        return None
    names = {("ssl", "2"): "SSLv2", ("ssl", "3"): "SSLv3", ("tls", "1.0"): "TLSv1.0", ("tls", "1.1"): "TLSv1.1", ("tls", "1.2"): "TLSv1.2", ("tls", "1.3"): "TLSv1.3"}
    protocols = [names.get((p.get("type"), p.get("version")), p.get("version")) for p in test.findall("protocol") if p.get("enabled") == "1"]
    suites = {}
    for c in test.findall("cipher"):
        version = {"TLSv1.0": "TLSv1.0"}.get(c.get("sslversion"), c.get("sslversion"))
        suites.setdefault(version, []).append(c.get("cipher"))
    dh = sorted({c.get("dhebits") for c in test.findall("cipher") if c.get("dhebits")})
    flagged = sorted({f"{c.get('cipher')} ({c.get('strength')})" for c in test.findall("cipher") if c.get("strength") not in ("strong", "acceptable")})
    heart = [h for h in test.findall("heartbleed") if h.get("vulnerable") == "1"]
    reneg = test.find("renegotiation")
    comp = test.find("compression")
    fallback = test.find("fallback")
    # sslscan 2.0.7 writes fallback SCSV and compression only to its text output.
    try:
        with open(path(f"sslscan-{name}.txt")) as f:
            text = f.read()
    except OSError:
        text = ""
    text_fallback = "yes" if "supports TLS Fallback SCSV" in text else ("no" if "Fallback SCSV" in text else "-")
    text_compression = "not testable (sslscan's OpenSSL lacks zlib)" if "does not support compression" in text else "-"
    features = {
        "heartbleed": "VULNERABLE" if heart else ("not vulnerable" if test.findall("heartbleed") else "-"),
        "CCS injection": "- (not tested)",
        "secure renegotiation": "-" if reneg is None else ("yes" if reneg.get("secure") == "1" else "no"),
        "compression": text_compression if comp is None else ("yes" if comp.get("supported") == "1" else "no"),
        "fallback SCSV": text_fallback if fallback is None else ("yes" if fallback.get("supported") == "1" else "no"),
        "DH bits": ", ".join(dh) or "-",
        "groups": " ".join(sorted({g.get("name").split(" ")[0] for g in test.findall("group")})) or "-",
        "signature algorithms": " ".join(sorted({a.get("name") for a in test.findall("connection-signature-algorithm")})) or "-",
        "grade": "- (no rating)",
    }
    return protocols, suites, flagged, features


def seconds(tool, name):
    doc = load_json(f"hyperfine-{tool}-{name}.json")
    if not doc:
        return None
    r = doc["results"][0]
    return r["mean"], r.get("stddev") or 0.0, len(r["times"])


def cell(text):
    return str(text).replace("|", "\\|")


def main():
    print("| target | tool | mean | ± sd | runs |")
    print("|---|---|---|---|---|")
    for name in ("weak", "strong"):
        for tool, label in (("certwatch", "certwatch --no-http"), ("certwatch-http", "certwatch (with HTTP layer)"),
                            ("sslscan", "sslscan"), ("testssl", "testssl.sh")):
            t = seconds(tool, name)
            if t:
                print(f"| {name} | {label} | {t[0] * 1000:.0f} ms | {t[1] * 1000:.0f} | {t[2]} |")
    for name in ("weak", "strong"):
        results = {"certwatch": certwatch(name), "testssl.sh": testssl(name), "sslscan": sslscan(name)}
        tools = [t for t, r in results.items() if r]
        print(f"\n#### {name}\n")
        print("| | " + " | ".join(tools) + " |")
        print("|---|" + "---|" * len(tools))
        print("| protocols | " + " | ".join(cell(", ".join(results[t][0])) for t in tools) + " |")
        for version in reversed(VERSIONS):
            if any(version in results[t][1] for t in tools):
                print(f"| {version} suites | " + " | ".join(cell(" ".join(results[t][1].get(version, [])) or "-") for t in tools) + " |")
        print("| flagged | " + " | ".join(cell(", ".join(results[t][2]) or "-") for t in tools) + " |")
        for feature in results[tools[0]][3]:
            print(f"| {feature} | " + " | ".join(cell(results[t][3].get(feature, "-")) for t in tools) + " |")


main()
