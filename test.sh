#!/usr/bin/env bash
# Runs every test of the solution in Release and prints one summary line.
# Exit status: 0 when every test passed, non-zero otherwise.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

# --- system packages the tests need -----------------------------------------------------------------
# Real servers the integration tests start on 127.0.0.1 themselves (each test fixture writes its own config
# and picks free ports): nginx, openssl s_server, gnutls-serv, postfix, dovecot, dnsmasq.
apt_packages=(nginx openssl gnutls-bin postfix dovecot-imapd dovecot-pop3d dnsmasq)
missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]} > 0)); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "test.sh: please install: ${missing[*]}" >&2
    exit 1
  fi
fi
# Debian starts some of these as system services on install; the tests run their own instances.
for service in nginx postfix dovecot dnsmasq; do
  command -v service >/dev/null 2>&1 && service "$service" stop >/dev/null 2>&1 || true
done

command -v dotnet >/dev/null 2>&1 || { echo "test.sh: the .NET SDK (dotnet) is required" >&2; exit 1; }

# --- build and test -------------------------------------------------------------------------------------
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
dotnet test "$root/Certwatch.slnx" -c Release --artifacts-path "$root/artifacts" --nologo 2>&1 | tee "$log" || status=$?

# One line per test assembly looks like: "Passed!  - Failed: 0, Passed: 56, Skipped: 0, Total: 56, …"
read -r failed passed skipped total < <(awk '
  /(Passed|Failed)! +- +Failed: / {
    gsub(",", ""); for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1)
      if ($i == "Skipped:") s += $(i+1); if ($i == "Total:") t += $(i+1) } }
  END { printf "%d %d %d %d\n", f, p, s, t }' "$log")

if [[ $status -eq 0 && $failed -eq 0 && $total -gt 0 ]]; then
  echo "Tests: $passed passed, $failed failed, $skipped skipped"
else
  echo "dotnet test exited with status $status"
  echo "Tests: $passed passed, $failed failed, $skipped skipped"
  [[ $status -ne 0 ]] || status=1
fi
exit $status
