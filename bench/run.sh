#!/usr/bin/env bash
# End-to-end benchmarks of the certwatch CLI against the local lab; writes bench/RESULTS.md.
#   (a) time per target: one `certwatch check` of one lab target, repeated
#   (b) throughput: one invocation with 100 targets at --concurrency 1, 8, 32
#   (c) cold start: `certwatch --version`
# Usage: bench/run.sh            (RUNS=10 by default; RUNS=30 bench/run.sh for tighter numbers)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${RUNS:-10}"
artifacts="$root/artifacts"
bin="$artifacts/bin/Certwatch.Cli/release/certwatch"
out="$root/bench/out"
results="$root/bench/RESULTS.md"
mkdir -p "$out"

echo "bench: building Release…" >&2
dotnet build src/Certwatch.Cli/Certwatch.Cli.csproj -c Release --artifacts-path "$artifacts" --nologo >"$out/build.log" 2>&1 \
  || { tail -20 "$out/build.log" >&2; exit 1; }

if ! command -v hyperfine >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  apt-get install -y -qq hyperfine >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq hyperfine >/dev/null 2>&1; } || true
fi

# --- the lab, in the background, stopped on exit (SIGTERM: a background job ignores SIGINT) -------------------
"$bin" lab >"$out/lab.txt" 2>&1 &
lab_pid=$!
trap 'kill -TERM "$lab_pid" 2>/dev/null || true; wait "$lab_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  grep -q '^Ready' "$out/lab.txt" && break
  kill -0 "$lab_pid" 2>/dev/null || { cat "$out/lab.txt" >&2; exit 1; }
  sleep 0.1
done
grep -q '^Ready' "$out/lab.txt" || { echo "bench: lab did not start" >&2; exit 1; }
ca="$(sed -n 's/^Lab CA (trust anchor): //p' "$out/lab.txt")"
port_of() { awk -v s="$1" '$1 == s { print $2 }' "$out/lab.txt"; }
valid_port="$(port_of valid)"

# 100 targets: every lab scenario served for "localhost", repeated.
mapfile -t localhost_ports < <(awk '$3 == "localhost" && $2 ~ /^[0-9]+$/ { print $2 }' "$out/lab.txt")
targets=()
while ((${#targets[@]} < 100)); do
  for port in "${localhost_ports[@]}"; do
    ((${#targets[@]} < 100)) && targets+=("localhost:$port")
  done
done

single="$bin check localhost:$valid_port --ca-file $ca --format nagios"
many() { echo "$bin check ${targets[*]} --ca-file $ca --format nagios --concurrency $1"; }
version="$bin --version"

# --- measuring ------------------------------------------------------------------------------------------
# mean_ms COMMAND: hyperfine when present (exit codes 1-3 are expected: --ignore-failure), else date +%s%N.
tool="bash loop (date +%s%N)"
command -v hyperfine >/dev/null 2>&1 && tool="hyperfine $(hyperfine --version | awk '{print $2}')"
measure() {
  local name="$1" cmd="$2" n="$3"
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 2 --runs "$n" --ignore-failure --export-json "$out/$name.json" --style none "$cmd" >/dev/null 2>&1
    python3 - "$out/$name.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"{r['mean']*1000:.1f} {r['stddev']*1000:.1f} {r['min']*1000:.1f} {r['max']*1000:.1f}")
PY
  else
    local times=() start end
    for _ in 1 2; do $cmd >/dev/null 2>&1 || true; done
    for _ in $(seq 1 "$n"); do
      start=$(date +%s%N); $cmd >/dev/null 2>&1 || true; end=$(date +%s%N)
      times+=($(( (end - start) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | awk '{ s += $1; q += $1 * $1; if (min == "" || $1 < min) min = $1; if ($1 > max) max = $1 }
      END { m = s / NR; sd = sqrt(q / NR - m * m); printf "%.1f %.1f %.1f %.1f\n", m / 1000, sd / 1000, min / 1000, max / 1000 }'
  fi
}

echo "bench: (a) one target, $runs runs" >&2
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
read -r a_mean a_sd a_min a_max < <(measure single "$single" "$runs")
declare -A c_mean c_sd
for c in 1 8 32; do
  echo "bench: (b) 100 targets, --concurrency $c" >&2
  read -r m sd _ _ < <(measure "many-$c" "$(many "$c")" "$(( runs < 5 ? runs : 5 ))")
  c_mean[$c]=$m; c_sd[$c]=$sd
done
echo "bench: (c) --version, $((runs * 3)) runs" >&2
read -r v_mean v_sd v_min v_max < <(measure version "$version" "$((runs * 3))")

# One in-process figure: the pipeline's own time for the single target (handshake + analysis), from JSON.
inproc_ms="$("$bin" check "localhost:$valid_port" --ca-file "$ca" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["targets"][0]["elapsedMs"])')"

rate() { python3 -c "print(f'{100 / ($1 / 1000):.0f}')"; }
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
cat >"$results" <<MD
# certwatch end-to-end benchmarks

Measured by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC') — real numbers from that run, not estimates.

| machine | |
|---|---|
| CPU | ${cpu:-unknown} ($(nproc) cores) |
| OS | $(uname -sr) |
| .NET SDK | $(dotnet --version) |
| build | Release, JIT (framework-dependent; Native AOT not used — see below) |
| timer | $tool |
| load average at start / end | ${load_start} / $(cut -d' ' -f1-3 /proc/loadavg) |

Targets are the in-process lab (\`certwatch lab\`, started once in the background), on 127.0.0.1, with
the lab root as the trust anchor (\`--ca-file\`). Every figure includes process start-up, trust store load,
TCP connect, TLS handshake, HTTP HEAD, path validation, analysis and rendering.

| what | command | mean | ± sd | min | max |
|---|---|---|---|---|---|
| (a) one target | \`certwatch check localhost:PORT --ca-file lab-root.pem --format nagios\` | ${a_mean} ms | ${a_sd} | ${a_min} | ${a_max} |
| (b) 100 targets, \`--concurrency 1\` | \`certwatch check localhost:P1 … localhost:P100 --ca-file lab-root.pem --format nagios --concurrency 1\` | ${c_mean[1]} ms | ${c_sd[1]} | | |
| (b) 100 targets, \`--concurrency 8\` | same, \`--concurrency 8\` | ${c_mean[8]} ms | ${c_sd[8]} | | |
| (b) 100 targets, \`--concurrency 32\` | same, \`--concurrency 32\` | ${c_mean[32]} ms | ${c_sd[32]} | | |
| (c) cold start | \`certwatch --version\` | ${v_mean} ms | ${v_sd} | ${v_min} | ${v_max} |

Throughput of (b), targets per second: concurrency 1 → $(rate "${c_mean[1]}")/s, 8 → $(rate "${c_mean[8]}")/s,
32 → $(rate "${c_mean[32]}")/s. In-process time of the single check in (a) (the report's \`elapsedMs\`): ${inproc_ms} ms —
the rest of (a) is process start-up and JIT.

Runs: (a) $runs, (b) $(( runs < 5 ? runs : 5 )) each, (c) $((runs * 3)); 2 warm-up runs each. The 100 targets are the lab
scenarios served for \`localhost\`, repeated (every one a full handshake; most carry findings, so the
exit code is 2 — expected, and ignored by the timer).

Native AOT: not measured. \`dotnet publish src/Certwatch.Cli -c Release -r linux-x64 -p:PublishAot=true\` fails at
restore on this machine's package feed (NU1101: \`Microsoft.NETCore.App.Runtime.NativeAOT.linux-x64\` is not
available, and there is no clang). The cold-start figure above is the framework-dependent JIT build, to be
compared with the design target of under 100 ms (which the design assumed would need Native AOT).

Reproduce: \`bench/run.sh\` (or \`RUNS=30 bench/run.sh\`). Raw hyperfine JSON and the lab port map are
left in \`bench/out/\` (git-ignored).
MD
cat "$results"
