#!/usr/bin/env bash
# Check deploy/prometheus/prometheus.yml and alerts.yml, and run the rule tests of
# alerts.test.yml, with promtool (`make test-rules`; `make test` runs it).
#
# promtool is, in this order: $PROMTOOL; the one this script built before (cached in
# ~/.cache/newsflow/); `promtool` on PATH (Debian: `apt-get install prometheus`); or a build
# of the Prometheus release that promtool/go.mod pins, from the Go module proxy, when `go` is
# installed (once, about 10 minutes on two cores). Without promtool and without Go the rule
# tests are skipped, with a line that says so.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="$(awk '$1 == "github.com/prometheus/prometheus" { print $2 }' "$here/promtool/go.mod")"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/newsflow"
built="$cache/promtool-$version"

promtool="${PROMTOOL:-}"
if [ -z "$promtool" ] && [ -x "$built" ]; then
    promtool="$built"
fi
if [ -z "$promtool" ] && command -v promtool >/dev/null 2>&1; then
    promtool="$(command -v promtool)"
fi
if [ -z "$promtool" ] && command -v go >/dev/null 2>&1; then
    echo ">> building promtool (github.com/prometheus/prometheus $version) into $cache, once" >&2
    mkdir -p "$cache"
    (cd "$here/promtool" && go build -trimpath -o "$built.part" github.com/prometheus/prometheus/cmd/promtool)
    mv "$built.part" "$built"
    promtool="$built"
fi
if [ -z "$promtool" ]; then
    echo "SKIPPED: alert rule tests (deploy/prometheus/alerts.test.yml): no promtool and no Go;" \
        "install either (docs/operations.md, \"Alerts\") to run them" >&2
    exit 0
fi

cd "$here"
echo ">> $promtool" >&2
"$promtool" check config prometheus.yml  # and the rule files it loads
"$promtool" test rules alerts.test.yml
