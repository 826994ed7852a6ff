#!/usr/bin/env bash
# Runs the certwatch CLI from source: builds it once in Release (again only when sources change), then
# passes every argument through. Examples: ./certwatch.sh check --lab    ./certwatch.sh check example.com
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
artifacts="$root/artifacts"
bin="$artifacts/bin/Certwatch.Cli/release/certwatch"

needs_build() {
  [[ ! -x "$bin" ]] && return 0
  [[ -n "$(find "$root/src" "$root/tests/Certwatch.TestKit" "$root"/Directory.*.props "$root"/Directory.Build.targets \
      \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.targets' \) \
      -newer "$bin" -not -path '*/obj/*' -not -path '*/bin/*' -print -quit)" ]]
}

if needs_build; then
  echo "certwatch.sh: building (Release)…" >&2
  log="$(mktemp)"
  if ! dotnet build "$root/src/Certwatch.Cli/Certwatch.Cli.csproj" -c Release --artifacts-path "$artifacts" --nologo >"$log" 2>&1; then
    grep -E "error|Error" "$log" >&2 || cat "$log" >&2
    rm -f "$log"
    echo "certwatch.sh: build failed" >&2
    exit 3
  fi
  rm -f "$log"
  touch "$bin"
fi

exec "$bin" "$@"
