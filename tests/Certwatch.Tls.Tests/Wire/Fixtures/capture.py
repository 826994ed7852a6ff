#!/usr/bin/env python3
"""Re-captures the server-side fixtures: sends each *-client-hello.bin (written by ClientHelloBuilder from the
specs in ../Building/FixtureSpecs.cs) to a throwaway `openssl s_server` on 127.0.0.1 and saves what comes back.
Usage: python3 capture.py CERT.pem KEY.pem   (a fresh self-signed RSA-2048 certificate with CN=wire.test).
Loopback only. Server randoms and keys change on every run, so tests assert structure, not those bytes."""
import socket, subprocess, sys, time

CASES = [  # client hello, saved answer, port, s_server options
    ("tls12-ecdhe-rsa-client-hello.bin", "tls12-ecdhe-rsa-flight.bin", 44301, ["-tls1_2"]),
    ("tls12-dhe-rsa-client-hello.bin", "tls12-dhe-rsa-flight.bin", 44302, ["-tls1_2"]),
    ("tls12-no-shared-cipher-client-hello.bin", "tls12-no-shared-cipher-alert.bin", 44303, ["-tls1_2"]),
    ("tls13-x25519-client-hello.bin", "tls13-x25519-server-hello.bin", 44304, []),
    ("tls13-hello-retry-client-hello.bin", "tls13-hello-retry-request.bin", 44305, []),
]

def capture(cert, key, hello, answer, port, options):
    server = subprocess.Popen(["openssl", "s_server", "-accept", f"127.0.0.1:{port}", "-cert", cert, "-key", key,
                               "-naccept", "1", "-quiet", "-cipher", "ALL:@SECLEVEL=0", *options],
                              stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(0.6)
        with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
            sock.sendall(open(hello, "rb").read())
            sock.settimeout(1.0)
            data = b""
            try:
                while chunk := sock.recv(65536):
                    data += chunk
            except socket.timeout:
                pass
        open(answer, "wb").write(data)
        print(answer, len(data))
    finally:
        server.kill()
        server.wait()

if __name__ == "__main__":
    for case in CASES:
        capture(sys.argv[1], sys.argv[2], *case)
