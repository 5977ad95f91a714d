#!/usr/bin/env bash
# Router overhead: the same query through the Apollo Router and straight to
# the subgraphs. Starts `stunxt up` on ports 4100-4102 with a throw-away data
# directory, seeds one community, runs router/examples/bench.rs, prints
# p50/p99 of both paths and their ratio.
#
#   bench/router-overhead.sh [--profile release|dev] [-- bench args]
#
# SERVER_CPUS / BENCH_CPUS (taskset lists, e.g. 1 and 0) pin the platform
# and the load generator to separate cores.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/stunxt-target}"
export APOLLO_TELEMETRY_DISABLED=true

profile=release
if [ "${1:-}" = "--profile" ]; then profile="$2"; shift 2; fi
[ "${1:-}" = "--" ] && shift
cargo_profile=(--profile "$profile")

cargo build "${cargo_profile[@]}" -p stunxt --bin stunxt --example bench
dir_name=$([ "$profile" = dev ] && echo debug || echo "$profile")
bin="$CARGO_TARGET_DIR/$dir_name"

data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
# The router rate-limits nothing here; logs are kept quiet so they cost little.
STUNXT__DATABASE__DATA_DIR="$data" STUNXT__SERVER__ROUTER_PORT=4100 \
STUNXT__SERVER__SUBGRAPH_BASE_PORT=4101 STUNXT__TELEMETRY__FILTER=warn \
STUNXT_ROUTER_HEALTH_LISTEN=127.0.0.1:4188 STUNXT_ROUTER_METRICS_LISTEN=127.0.0.1:4190 \
  ${SERVER_CPUS:+taskset -c "$SERVER_CPUS"} "$bin/stunxt" up --router-config "${ROUTER_CONFIG:-router/router.yaml}" >"$data/up.log" 2>&1 &
pid=$!

url=http://127.0.0.1:4100/graphql
for _ in $(seq 1 100); do
  curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$url" && break
  sleep 0.2
done

post() { curl -sf "$url" -H 'content-type: application/json' ${2:+-H "authorization: Bearer $2"} -d "$1"; }
token=$(post '{"query":"mutation { register(input: {email: \"bench@example.org\", password: \"correct horse battery\", username: \"bench\", displayName: \"Bench\"}) { accessToken } }"}' \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
post '{"query":"mutation { createCommunity(input: {name: \"Bench\", slug: \"bench\"}) { id } }"}' "$token" >/dev/null

echo "profile: $profile; $(nproc) cores; load generator and server share them"
# identity and communities take ports in supergraph.yaml order.
${BENCH_CPUS:+taskset -c "$BENCH_CPUS"} "$bin/examples/bench" --router "$url" \
  --identity http://127.0.0.1:4101/graphql --communities http://127.0.0.1:4102/graphql "$@"
