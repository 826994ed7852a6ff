#!/usr/bin/env bash
# Starts the local nginx targets of the scan benchmark (sourced by scan-compare.sh): a test CA and a
# localhost leaf made with openssl, then
#   weak   TLS 1.0/1.1/1.2, CBC suites, 3DES, DHE with a 1024-bit group, server order
#   strong TLS 1.3 only
# each a foreground nginx (master_process off) on a free 127.0.0.1 port, killed by stop_scan_targets.
# Sets: SCAN_WORK, SCAN_CA, WEAK_PORT, STRONG_PORT.

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

make_pki() {
  local dir="$1"
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 30 -subj "/CN=Certwatch Bench Root" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$dir/leaf.key" -out "$dir/leaf.csr" 2>/dev/null
  printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$dir/leaf.ext"
  openssl x509 -req -in "$dir/leaf.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial -days 20 -sha256 \
    -extfile "$dir/leaf.ext" -out "$dir/leaf.pem" 2>/dev/null
}

# A 1024-bit safe prime (openssl dhparam 1024), the same one the TestKit's DhParameters uses.
write_dhparam() {
  cat >"$1" <<'PEM'
-----BEGIN DH PARAMETERS-----
MIGHAoGBAOPl4JLUs+TjIz2fjkzHgXETzUs2Eo0BiJPH8a6WSKy0qTeUJh0dG2+2
+GJUuqvvA41x4rPaCtIusEzHnjFdZvmyaKRVOJa5NFPefzaX0RQBmnRVha6D1CVy
6IvRhrct/SCS4/MkrmDWFrkdjo32qPYYW36pvNvEVx1d111oMxMvAgEC
-----END DH PARAMETERS-----
PEM
}

# start_nginx NAME PORT TLS_LINES: one TLS server block on 127.0.0.1:PORT.
start_nginx() {
  local name="$1" port="$2" tls="$3" dir="$SCAN_WORK/$1"
  mkdir -p "$dir/logs" "$dir/temp"
  cat >"$dir/nginx.conf" <<CONF
daemon off;
master_process off;
pid $dir/nginx.pid;
error_log $dir/logs/error.log;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path $dir/temp; proxy_temp_path $dir/temp; fastcgi_temp_path $dir/temp; uwsgi_temp_path $dir/temp; scgi_temp_path $dir/temp;
  server {
    listen 127.0.0.1:$port ssl;
    server_name localhost;
    ssl_certificate $SCAN_WORK/leaf.pem;
    ssl_certificate_key $SCAN_WORK/leaf.key;
$tls
    location / { return 200 "certwatch bench $name\n"; }
  }
}
CONF
  nginx -p "$dir/" -c "$dir/nginx.conf" -e "$dir/logs/error.log" &
  echo $! >"$dir/launcher.pid"
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    sleep 0.05
  done
  echo "nginx $name did not start:" >&2; cat "$dir/logs/error.log" >&2; return 1
}

start_scan_targets() {
  SCAN_WORK="$(mktemp -d "${TMPDIR:-/tmp}/certwatch-scanbench-XXXXXX")"
  make_pki "$SCAN_WORK"
  SCAN_CA="$SCAN_WORK/ca.pem"
  write_dhparam "$SCAN_WORK/dh1024.pem"
  WEAK_PORT="$(free_port)"
  STRONG_PORT="$(free_port)"
  start_nginx weak "$WEAK_PORT" "    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;
    ssl_ciphers \"ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA:AES128-SHA:DES-CBC3-SHA:@SECLEVEL=0\";
    ssl_prefer_server_ciphers on;
    ssl_dhparam $SCAN_WORK/dh1024.pem;"
  start_nginx strong "$STRONG_PORT" "    ssl_protocols TLSv1.3;"
}

stop_scan_targets() {
  local name pid
  for name in weak strong; do
    pid="$(cat "$SCAN_WORK/$name/launcher.pid" 2>/dev/null || true)"
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  rm -rf "$SCAN_WORK"
}
