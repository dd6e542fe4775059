#!/bin/sh
# Generates sim/tls/evovoice-sim.crt and evovoice-sim.key, the simulator's TLS certificate for
# `evovoice-sim --tls` (run once; the result is committed). A self-signed CA-style certificate
# (CA:TRUE, serverAuth) that is also the server's own certificate: a client trusts it by adding
# it as a CA. Valid for 127.0.0.1, 127.0.0.2 (IP subjectAltNames) and localhost (DNS), for 100
# years from 2020-01-01 (`openssl ca` is used instead of `openssl req -x509` only because
# OpenSSL 3.0's req cannot backdate notBefore: a machine whose clock is behind still accepts it).
# The key is a test key, committed on purpose: it protects nothing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir db
: > db/index.txt
cat > ca.cnf <<'CNF'
[ca]
default_ca = sim
[sim]
database = db/index.txt
new_certs_dir = db
serial = db/serial
default_md = sha256
policy = anything
copy_extensions = none
x509_extensions = ext
[anything]
organizationName = optional
commonName = supplied
[ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, digitalSignature, keyEncipherment, keyCertSign
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
subjectAltName = IP:127.0.0.1, IP:127.0.0.2, DNS:localhost
CNF
openssl rand -hex 16 > db/serial
openssl req -new -newkey rsa:2048 -nodes -keyout key.pem -out req.pem \
    -subj "/O=EvoVoice Files Console tests/CN=evovoice-sim test CA"
openssl ca -batch -config ca.cnf -selfsign -keyfile key.pem -in req.pem -notext \
    -startdate 20200101000000Z -enddate 21200101000000Z -out cert.pem
cp cert.pem "$here/evovoice-sim.crt"
cp key.pem "$here/evovoice-sim.key"
openssl x509 -in "$here/evovoice-sim.crt" -noout -subject -dates -ext subjectAltName
