#!/usr/bin/env bash
# Validates the deployment kit with the tools this machine has (CI runs it from .ci/run):
# systemd units with systemd-analyze, the nginx example with `nginx -t` against a throwaway
# certificate, the compose file and Dockerfile with deploy/check-files.js, Caddy when present.
set -euo pipefail
cd "$(dirname "$0")"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

echo "→ systemd units"
if command -v systemd-analyze >/dev/null; then
	# Warnings (an unknown key, a bad value) go to stderr without failing: treat any as failure.
	if ! systemd-analyze verify ./standpoint.service ./standpoint-backup.service ./standpoint-backup.timer \
		2>"$scratch/systemd.log" || [ -s "$scratch/systemd.log" ]; then
		cat "$scratch/systemd.log"
		exit 1
	fi
else
	echo "  (systemd-analyze not installed: skipped)"
fi

echo "→ nginx example"
if command -v nginx >/dev/null; then
	openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=standpoint.test \
		-keyout "$scratch/privkey.pem" -out "$scratch/fullchain.pem" 2>/dev/null
	sed "s#/etc/ssl/standpoint#$scratch#" nginx.conf >"$scratch/standpoint.conf"
	cat >"$scratch/nginx.conf" <<CONF
pid $scratch/nginx.pid;
error_log $scratch/error.log;
events {}
http {
	access_log off;
	client_body_temp_path $scratch;
	proxy_temp_path $scratch;
	include $scratch/standpoint.conf;
}
CONF
	nginx -t -q -p "$scratch" -c "$scratch/nginx.conf"
else
	echo "  (nginx not installed: skipped)"
fi

echo "→ Caddyfile"
if command -v caddy >/dev/null; then
	SITE_ADDRESS=standpoint.test caddy validate --adapter caddyfile --config Caddyfile
	SITE_ADDRESS=standpoint.test caddy validate --adapter caddyfile --config Caddyfile.postgres
else
	echo "  (caddy not installed: skipped)"
fi

echo "→ compose file and Dockerfile"
node check-files.js
echo "✓ deploy/ is valid"
