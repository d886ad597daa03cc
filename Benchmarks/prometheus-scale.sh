#!/usr/bin/env bash
# Scale benchmark of meshtop against a real Prometheus: for each mesh size, a generated Istio mesh is served to
# Debian's `prometheus`, scraped for a few intervals while its counters advance, then meshtop's release binary
# reads it in federate and in query mode. Prints one Markdown table row per size, mode and command.
#
# Usage: Benchmarks/prometheus-scale.sh [SERIES...]        (default: 10000 100000 1000000)
#
# Environment:
#   MESHTOP          the binary to measure (default: .build/release/meshtop; build it with swift build -c release)
#   GENERATE_DUMPS   the dump generator (default: Benchmarks/.build/release/generate-dumps; build it in Benchmarks/
#                    with swift build -c release --product generate-dumps)
#   SCRAPE_INTERVAL  Prometheus' scrape interval in seconds (default 5)
#   SHARD_SERIES     series per scrape target (default 25000), so Prometheus scrapes a big mesh in parallel
#   KEEP=1           keep the work directory (dumps and Prometheus data) for a look afterwards
#   WORK             the work directory (default: a new one); with KEEP=1, dumps generated there are reused
#
# Measured per run: wall time of the whole meshtop process, its CPU time (user + system) and maximum RSS
# (/usr/bin/time), bytes Prometheus
# sent (the delta of its own prometheus_http_response_size_bytes_sum, i.e. gzip-compressed wire bytes, since
# meshtop asks for gzip), and Prometheus' own time: the delta of prometheus_http_request_duration_seconds_sum
# for /federate or /api/v1/query (summed over concurrent queries), and of the engine's inner_eval slice.
# Runs are not repeated: the machine is shared, so treat each figure as one sample.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
meshtop=${MESHTOP:-$root/.build/release/meshtop}
generate=${GENERATE_DUMPS:-$here/.build/release/generate-dumps}
interval=${SCRAPE_INTERVAL:-5}
shard_series=${SHARD_SERIES:-25000}
phases=3
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)

for tool in "$meshtop" "$generate" prometheus python3 curl /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "prometheus-scale: $tool not found (see the header)" >&2; exit 2; }
done

work=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/meshtop-scale.XXXXXX")}
mkdir -p "$work/outputs"
runs=0
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ "${KEEP:-0}" = 1 ]; then echo "prometheus-scale: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# The value of the metric line(s) of /metrics matching a pattern, summed.
metric() { curl -sf "$prom/metrics" | awk -v pattern="$1" 'index($0, pattern) == 1 { sum += $NF } END { printf "%.6f\n", sum }'; }

# One instant query's single value.
value() {
    curl -sf --get "$prom/api/v1/query" --data-urlencode "query=$1" |
        python3 -c 'import json, sys; r = json.load(sys.stdin)["data"]["result"]; print(r[0]["value"][1] if r else 0)'
}

# run LABEL HANDLER COMMAND...: one measured meshtop run, printed as a table row.
run() {
    local label=$1 handler=$2
    shift 2
    local bytes0 seconds0 eval0 bytes1 seconds1 eval1 status
    bytes0=$(metric "prometheus_http_response_size_bytes_sum{handler=\"$handler\"}")
    seconds0=$(metric "prometheus_http_request_duration_seconds_sum{handler=\"$handler\"}")
    eval0=$(metric 'prometheus_engine_query_duration_seconds_sum{slice="inner_eval"}')
    status=0
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/out" 2>"$work/err" || status=$?
    runs=$((runs + 1))
    cp "$work/out" "$work/outputs/$series_label-$runs.out"
    cp "$work/err" "$work/outputs/$series_label-$runs.err"
    bytes1=$(metric "prometheus_http_response_size_bytes_sum{handler=\"$handler\"}")
    seconds1=$(metric "prometheus_http_request_duration_seconds_sum{handler=\"$handler\"}")
    eval1=$(metric 'prometheus_engine_query_duration_seconds_sum{slice="inner_eval"}')
    read -r wall user system rss < <(tail -n 1 "$work/time") || { wall=?; user=0; system=0; rss=0; }
    local note edges
    note=$(head -c 300 "$work/err" | tr '\n' ' ' | sed 's/|/\\|/g')
    # The report's edges, or the dashboard's namespace rows: proof that the run read the mesh.
    edges=$(jq '.edges | length' "$work/out" 2>/dev/null || echo "$(grep -c '^ns-[0-9]' "$work/out" || true) rows")
    printf '| %s | %s | %s | %s s | %.2f s | %.1f MB | %.1f MB | %.2f s | %.2f s | %s | exit %s %s|\n' \
        "$series_label" "$label" "$edges" "$wall" "$(echo "$user + $system" | bc -l)" "$(echo "$rss / 1024" | bc -l)" \
        "$(echo "($bytes1 - $bytes0) / 1048576" | bc -l)" "$(echo "$seconds1 - $seconds0" | bc -l)" \
        "$(echo "$eval1 - $eval0" | bc -l)" "$decoded" "$status" "$note"
}

echo "| series | run | edges (rows) shown | meshtop wall | meshtop CPU | meshtop max RSS | sent by Prometheus (gzip) | Prometheus handler time | Prometheus eval time | decoded answer | result |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for lines in "${sizes[@]}"; do
    mesh="$work/mesh-$lines"
    mkdir -p "$mesh/serve"
    # Successive scrapes of one mesh, $((interval * 6)) s apart in mesh time, split into targets of
    # $shard_series series. Federate-style dumps carry instance, job, namespace and pod labels, which
    # honor_labels keeps, so the series look as if Prometheus had scraped every pod itself.
    for phase in $(seq 0 $((phases - 1))); do
        [ -e "$mesh/phase-$phase/done" ] && continue # kept from an earlier run with WORK and KEEP=1
        mkdir -p "$mesh/phase-$phase"
        "$generate" federate "$lines" "$mesh/whole.txt" 42 $((phase * interval * 6))
        (cd "$mesh/phase-$phase" && split -l "$shard_series" -d -a 3 --additional-suffix=.txt "$mesh/whole.txt" shard-)
        rm "$mesh/whole.txt"
        touch "$mesh/phase-$phase/done"
    done
    rm -rf "$mesh/data"
    ln -sfn ../phase-0 "$mesh/serve/current"
    shards=$(find "$mesh/phase-0" -name 'shard-*.txt' | wc -l)
    dump_bytes=$(cat "$mesh/phase-0"/shard-*.txt | wc -c)

    web_port=$(free_port)
    python3 -m http.server --bind 127.0.0.1 --directory "$mesh/serve" "$web_port" >"$mesh/http.log" 2>&1 &
    pids+=($!)
    prom_port=$(free_port)
    prom="http://127.0.0.1:$prom_port"
    targets=$(cd "$mesh/phase-0" && for shard in shard-*.txt; do
        # A label of its own per target, or every target's `up` would be one series.
        printf '{"targets":["127.0.0.1:%s"],"labels":{"__metrics_path__":"/current/%s","shard":"%s"}},' \
            "$web_port" "$shard" "${shard%.txt}"
    done)
    cat >"$mesh/prometheus.json" <<EOF
{"global":{"scrape_interval":"${interval}s","scrape_timeout":"${interval}s"},
 "scrape_configs":[{"job_name":"mesh","honor_labels":true,"honor_timestamps":false,
  "static_configs":[${targets%,}]}]}
EOF
    prometheus --config.file="$mesh/prometheus.json" --storage.tsdb.path="$mesh/data" \
        --web.listen-address="127.0.0.1:$prom_port" --log.level=warn >"$mesh/prometheus.log" 2>&1 &
    pids+=($!)
    until curl -sf "$prom/-/ready" >/dev/null; do sleep 1; done

    # Wait until every target has been scraped whole, then move the mesh on twice, two intervals a phase.
    for _ in $(seq 1 120); do
        [ "$(value 'count(up == 1)')" = "$shards" ] && break
        sleep 2
    done
    for phase in $(seq 1 $((phases - 1))); do
        sleep $((interval * 2))
        ln -sfn "../phase-$phase" "$mesh/serve/current.new" && mv -T "$mesh/serve/current.new" "$mesh/serve/current"
    done
    sleep $((interval * 2 + 1))
    head_series=$(metric 'prometheus_tsdb_head_series ' | cut -d. -f1)
    scrape_seconds=$(value 'max(scrape_duration_seconds)')
    series_label=$lines
    echo "<!-- $lines lines: $head_series series in the head, $shards targets, $dump_bytes dump bytes per scrape, slowest scrape ${scrape_seconds} s -->"

    # The decoded size of a federation: the same request without gzip (the selectors of FederateQuery.swift).
    local_args=()
    for selector in istio_requests_total istio_tcp_connections_opened_total istio_tcp_sent_bytes_total \
        istio_tcp_received_bytes_total '{__name__=~"envoy_(listener|cluster)_ssl_.*"}' \
        envoy_server_days_until_first_cert_expiring istio_agent_cert_expiry_seconds \
        '{__name__=~"citadel_server_.*_expiry_.*"}' certmanager_certificate_expiration_timestamp_seconds \
        x509_cert_not_after identity_cert_expiration_timestamp_seconds request_total tcp_open_total istio_build; do
        local_args+=(--data-urlencode "match[]=$selector")
    done
    federate_bytes=$(curl -sf --get "$prom/federate" "${local_args[@]}" | wc -c)

    window=$((interval * 4))s
    decoded="$(echo "$federate_bytes / 1048576" | bc -l | xargs printf '%.1f') MB"
    run "dashboard --once, federate" /federate \
        "$meshtop" --prometheus "$prom" --prometheus-mode federate --once --timeout 60s --width 200 --height 60
    decoded="-"
    run "dashboard --once, query (window $window)" /api/v1/query \
        "$meshtop" --prometheus "$prom" --prometheus-mode query --once --window "$window" --timeout 60s --width 200 --height 60
    decoded="$(echo "$federate_bytes / 1048576" | bc -l | xargs printf '%.1f') MB"
    run "report --format json, federate" /federate \
        "$meshtop" report --prometheus "$prom" --prometheus-mode federate --format json --timeout 60s
    decoded="-"
    run "report --format json, query" /api/v1/query \
        "$meshtop" report --prometheus "$prom" --prometheus-mode query --format json --timeout 60s

    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    pids=()
    [ "${KEEP:-0}" = 1 ] || rm -rf "$mesh"
done
