#!/usr/bin/env bash
# Scan speed and findings: certwatch scan vs testssl.sh vs sslscan on the same local nginx targets
# (weak: TLS 1.0-1.2, CBC, static RSA, DHE-1024; strong: TLS 1.3 only), all on 127.0.0.1.
# Writes raw outputs and hyperfine JSON to bench/out/scan/, and the findings table to
# bench/out/scan/findings.md (copied into RESULTS.md "Scan speed" by hand, with the explanations).
#
#   bench/scan-compare.sh                      certwatch published as a Native AOT binary (artifacts/native)
#   JIT=1 bench/scan-compare.sh                certwatch from ./certwatch.sh (Release build, JIT)
#   CERTWATCH_BIN=/path/to/certwatch bench/scan-compare.sh
#   RUNS=10 TESTSSL_RUNS=1 bench/scan-compare.sh     (TESTSSL_RUNS=0: keep the last testssl results)
#   SKIP_CERTWATCH=1 bench/scan-compare.sh     only the peer tools (before the scan engine existed)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out/scan"
runs="${RUNS:-10}"
testssl_runs="${TESTSSL_RUNS:-1}"
mkdir -p "$out"
# shellcheck source=bench/scan-targets.sh
source "$root/bench/scan-targets.sh"

for tool in nginx openssl testssl sslscan hyperfine python3; do
  command -v "$tool" >/dev/null || { echo "scan-compare: '$tool' is not installed (Debian: nginx openssl testssl.sh sslscan hyperfine python3)" >&2; exit 3; }
done

if [[ -z "${SKIP_CERTWATCH:-}" ]]; then
  if [[ -z "${CERTWATCH_BIN:-}" && -n "${JIT:-}" ]]; then
    "$root/certwatch.sh" --version >/dev/null
    CERTWATCH_BIN="$root/artifacts/bin/Certwatch.Cli/release/certwatch"
  elif [[ -z "${CERTWATCH_BIN:-}" ]]; then
    echo "scan-compare: publishing certwatch as a Native AOT binary…" >&2
    dotnet publish "$root/src/Certwatch.Cli/Certwatch.Cli.csproj" -c Release -r linux-x64 -p:PublishAot=true \
      --artifacts-path "$root/artifacts/aot" -o "$root/artifacts/native" --nologo >"$out/publish.log" 2>&1 \
      || { tail -20 "$out/publish.log" >&2; exit 3; }
    CERTWATCH_BIN="$root/artifacts/native/certwatch"
  fi
fi

start_scan_targets
trap stop_scan_targets EXIT
echo "targets: weak 127.0.0.1:$WEAK_PORT, strong 127.0.0.1:$STRONG_PORT" >&2

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) ($(nproc) cores)"
  echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "nginx: $(nginx -v 2>&1 | cut -d/ -f2)"
  echo "openssl: $(openssl version)"
  echo "testssl: $(dpkg-query -W -f '${Version}' testssl.sh 2>/dev/null || echo '?')"
  echo "sslscan: $(sslscan --version 2>/dev/null | grep -m1 -oE '[0-9]+\.[0-9]+\.[0-9]+' || echo '?')"
  echo "hyperfine: $(hyperfine --version)"
} >"$out/environment.txt"

for name in weak strong; do
  port_var="${name^^}_PORT"
  target="127.0.0.1:${!port_var}"
  # Peer tools: the same ground as certwatch scan (protocols, every cipher per protocol, server
  # preference, server defaults, vulnerabilities). testssl's -U includes BREACH (an HTTP request).
  testssl_cmd="testssl --quiet --color 0 --warnings off -p -e -U -S -P --jsonfile $out/testssl-$name.json $target"
  sslscan_cmd="sslscan --no-colour --show-sigs --xml=$out/sslscan-$name.xml $target"
  # TESTSSL_RUNS=0 keeps the previous testssl results (it takes minutes per host).
  if [[ "$testssl_runs" -gt 0 ]]; then
    hyperfine --runs "$testssl_runs" --ignore-failure --export-json "$out/hyperfine-testssl-$name.json" \
      --prepare "rm -f $out/testssl-$name.json" "$testssl_cmd >$out/testssl-$name.txt 2>&1"
  fi
  hyperfine --runs "$runs" --warmup 1 --ignore-failure --export-json "$out/hyperfine-sslscan-$name.json" \
    "$sslscan_cmd >$out/sslscan-$name.txt 2>&1"
  if [[ -z "${SKIP_CERTWATCH:-}" ]]; then
    # The same ground as sslscan (--no-http), and the whole scan with the HTTP layer (HSTS, redirect from
    # port 80 — nothing listens there, so it is refused at once — and the header grade).
    certwatch_cmd="$CERTWATCH_BIN scan $target --sni localhost --ca-file $SCAN_CA --no-http"
    hyperfine --runs "$runs" --warmup 2 --ignore-failure --export-json "$out/hyperfine-certwatch-$name.json" \
      "$certwatch_cmd --json >$out/certwatch-$name.json"
    hyperfine --runs "$runs" --warmup 2 --ignore-failure --export-json "$out/hyperfine-certwatch-http-$name.json" \
      "$CERTWATCH_BIN scan $target --sni localhost --ca-file $SCAN_CA --json >$out/certwatch-http-$name.json"
    $certwatch_cmd >"$out/certwatch-$name.txt" || true
  fi
done

echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/environment.txt"
python3 "$root/bench/scan-findings.py" "$out" | tee "$out/findings.md"
