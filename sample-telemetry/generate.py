#!/usr/bin/env python3
"""Generate meshtop's bundled sample mesh: a 30-minute PERMISSIVE-to-STRICT migration, recorded.

Deterministic: the same script always writes the same bytes. Standard library only.

    python3 sample-telemetry/generate.py            # writes next to this script

Outputs (see README.md for the story):
    mesh.mtrec.gz, mesh.mtrec.gz.idx   the recording (120 ticks x 3 sources) and its seek index
    istio-sidecar.prom                 one payments/api sidecar scrape (:15020/stats/prometheus)
    envoy-ledger.stats                 one raw Envoy /stats dump of payments/ledger
"""

import os
import random
import struct
import zlib

START_S = 1795442400  # 2026-11-23T14:00:00Z
INTERVAL_S = 15
TICKS = 120
TD = "cluster.local"

# The story's turning points, as tick numbers (4 ticks a minute).
REVIEWS_V2_RESTART = 32   # min 8: the reviews-v2 proxy restarts, its counters reset
API_CERT_ROTATION = 48    # min 12: payments/api rotates its workload certificate
STRICT_FLIP = 60          # min 15: PeerAuthentication payments -> STRICT
REPORTER_MESHED = 96      # min 24: legacy/batch-reporter gets a sidecar
BILLING_MESHED = 100      # min 25: legacy/billing-cron gets a sidecar
LEDGER_RENEWED = 104      # min 26: istiod accepts ledger's CSR again; its certificate renews

PODS = {
    ("bookinfo", "productpage-v1"): "productpage-v1-6b746f74dc-x2x4p",
    ("bookinfo", "details-v1"): "details-v1-79f774bdb9-qk8zr",
    ("bookinfo", "reviews-v1"): "reviews-v1-545db77b95-7tj5n",
    ("bookinfo", "reviews-v2"): "reviews-v2-7bf8c9648f-m4w2d",
    ("bookinfo", "reviews-v3"): "reviews-v3-84779c7bbc-8cvrl",
    ("bookinfo", "ratings-v1"): "ratings-v1-b6994bb9-5hx7c",
    ("payments", "api"): "api-5d9c7b8f6-tq2wz",
    ("payments", "ledger"): "ledger-7c8d9f5b4-hn6rs",
    ("payments", "fraud"): "fraud-66b4c9d8f7-l9p2v",
    ("istio-system", "istio-ingressgateway"): "istio-ingressgateway-6d7f8c9b5-r4k8m",
}
POD_IPS = {key: "10.44.%d.%d" % (1 + i // 4, 10 + i * 7) for i, key in enumerate(PODS)}
# Pods meshtop scrapes itself (the sidecar endpoint and the raw Envoy dump). Prometheus's federation leaves
# them out (its `match[]` selects `pod!~"api-.*|ledger-.*"`), so each proxy's counters are read exactly once.
SCRAPED_DIRECTLY = [("payments", "api"), ("payments", "ledger")]
# Workloads without a proxy that meshed callers still name: the caller's proxy learns the destination's
# workload from the endpoint's Kubernetes metadata, but no certificate, so the principal stays unknown.
UNMESHED_DESTINATIONS = [("legacy", "inventory")]
ISTIOD_POD = "istiod-7b69f9f5c4-bw5d9"
CERT_MANAGER_POD = "cert-manager-5f8b9c7d6-zx3cv"
INSTANCES = {ISTIOD_POD: "10.44.0.5:15014", CERT_MANAGER_POD: "10.44.0.9:9402"}

# Meshed HTTP edges: (source ns, source workload, destination ns, destination workload, requests/s, error share).
HTTP_EDGES = [
    ("istio-system", "istio-ingressgateway", "bookinfo", "productpage-v1", 12.0, 0.0),
    ("bookinfo", "productpage-v1", "bookinfo", "details-v1", 12.0, 0.0),
    ("bookinfo", "productpage-v1", "bookinfo", "reviews-v1", 4.0, 0.0),
    ("bookinfo", "productpage-v1", "bookinfo", "reviews-v2", 4.0, 0.01),
    ("bookinfo", "productpage-v1", "bookinfo", "reviews-v3", 4.0, 0.0),
    ("bookinfo", "reviews-v2", "bookinfo", "ratings-v1", 4.0, 0.0),
    ("bookinfo", "reviews-v3", "bookinfo", "ratings-v1", 4.0, 0.0),
    ("istio-system", "istio-ingressgateway", "payments", "api", 6.0, 0.002),
    ("payments", "api", "payments", "ledger", 5.0, 0.0),
    ("payments", "api", "payments", "fraud", 6.0, 0.0),
]
SERVICE_ACCOUNTS = {"productpage-v1": "bookinfo-productpage", "details-v1": "bookinfo-details",
                    "reviews-v1": "bookinfo-reviews", "reviews-v2": "bookinfo-reviews",
                    "reviews-v3": "bookinfo-reviews", "ratings-v1": "bookinfo-ratings",
                    "istio-ingressgateway": "istio-ingressgateway-service-account"}
PORTS = {"productpage-v1": 9080, "details-v1": 9080, "reviews-v1": 9080, "reviews-v2": 9080, "reviews-v3": 9080,
         "ratings-v1": 9080, "api": 8080, "ledger": 8080, "fraud": 8080}

ISTIO_LABELS = ["reporter", "source_workload", "source_canonical_service", "source_canonical_revision",
                "source_workload_namespace", "source_principal", "source_app", "source_version", "source_cluster",
                "destination_workload", "destination_workload_namespace", "destination_principal", "destination_app",
                "destination_version", "destination_service", "destination_canonical_service",
                "destination_canonical_revision", "destination_service_name", "destination_service_namespace",
                "destination_cluster", "request_protocol", "response_code", "grpc_response_status",
                "response_flags", "connection_security_policy"]


def app_version(workload):
    """bookinfo workloads are app-version; the others have no version."""
    if workload[-3:-1] == "-v":
        return workload[:-3], workload[-2:]
    return workload, "unknown"


def principal(ns, workload):
    return "spiffe://%s/ns/%s/sa/%s" % (TD, ns, SERVICE_ACCOUNTS.get(workload, workload))


def service(workload):
    return app_version(workload)[0]


def istio_labels(reporter, src, dst, protocol, code, policy):
    """The labels of one Istio standard metric series, in the native filter's order."""
    src_ns, src_wl = src
    dst_ns, dst_wl = dst
    meshed_source = src_wl != "unknown"
    known_dest = dst_wl != "unknown"
    meshed_dest = known_dest and (dst_ns, dst_wl) not in UNMESHED_DESTINATIONS
    src_app, src_version = app_version(src_wl) if meshed_source else ("unknown", "unknown")
    dst_app, dst_version = app_version(dst_wl) if known_dest else ("unknown", "unknown")
    svc = service(dst_wl)
    values = {
        "reporter": reporter,
        "source_workload": src_wl,
        "source_canonical_service": src_app,
        "source_canonical_revision": src_version if src_version != "unknown" else "latest",
        "source_workload_namespace": src_ns if meshed_source else "unknown",
        "source_principal": principal(src_ns, src_wl) if meshed_source and policy != "none" else "unknown",
        "source_app": src_app,
        "source_version": src_version,
        "source_cluster": "Kubernetes" if meshed_source else "unknown",
        "destination_workload": dst_wl,
        "destination_workload_namespace": dst_ns if known_dest else "unknown",
        "destination_principal": principal(dst_ns, dst_wl) if meshed_dest else "unknown",
        "destination_app": dst_app,
        "destination_version": dst_version,
        "destination_service": "%s.%s.svc.cluster.local" % (svc, dst_ns),
        "destination_canonical_service": dst_app if known_dest else "unknown",
        "destination_canonical_revision": dst_version if dst_version != "unknown" else "latest",
        "destination_service_name": svc,
        "destination_service_namespace": dst_ns,
        "destination_cluster": "Kubernetes" if known_dest else "unknown",
        "request_protocol": protocol,
        "response_code": code,
        "grpc_response_status": "",
        "response_flags": "-" if code in ("200", "") else "URX",
        "connection_security_policy": policy,
    }
    if protocol == "tcp":
        del values["response_code"], values["grpc_response_status"], values["response_flags"]
    return [(name, values[name]) for name in ISTIO_LABELS if name in values]


class Mesh:
    """Counters and gauges of the whole mesh, advanced one tick at a time."""

    def __init__(self):
        self.rng = random.Random(20261123)
        self.counters = {}   # (pod key, metric, labels tuple) -> value

    def bump(self, pod, metric, labels, rate):
        """Adds about rate*15 events; returns the new cumulative value."""
        key = (pod, metric, tuple(labels))
        amount = max(0, int(round(rate * INTERVAL_S * self.rng.uniform(0.85, 1.15)))) if rate > 0 else 0
        self.counters[key] = self.counters.get(key, 0) + amount
        return self.counters[key]

    def reset_pod(self, pod):
        for key in list(self.counters):
            if key[0] == pod:
                self.counters[key] = 0

    def advance(self, tick):
        """Applies one tick of traffic; the story's events change the rates."""
        if tick == REVIEWS_V2_RESTART:
            self.reset_pod(("bookinfo", "reviews-v2"))
        for src_ns, src_wl, dst_ns, dst_wl, rate, errors in HTTP_EDGES:
            self.http((src_ns, src_wl), (dst_ns, dst_wl), rate, errors, "mutual_tls")
        # legacy/batch-reporter -> payments/api: plaintext while PERMISSIVE, refused under STRICT, meshed at the end.
        if tick < STRICT_FLIP:
            self.http(("unknown", "unknown"), ("payments", "api"), 1.5, 0.0, "none", source_reported=False)
        else:
            self.http(("unknown", "unknown"), ("payments", "api"), 0.0, 0.0, "none", source_reported=False)
        if tick >= REPORTER_MESHED:
            self.http(("legacy", "batch-reporter"), ("payments", "api"), 1.5, 0.0, "mutual_tls")
        # The unmeshed reporter retries with its own TLS client: no client certificate, so STRICT rejects it.
        refused = 1.5 if STRICT_FLIP <= tick < REPORTER_MESHED else 0.0
        self.bump(("payments", "api"), "ssl.fail_verify_no_cert", [], refused)
        # legacy/billing-cron -> payments/ledger over TCP: plaintext, then failed connections, then mTLS.
        plaintext_tcp = 0.4 if tick < STRICT_FLIP else 0.0
        self.tcp(("unknown", "unknown"), ("payments", "ledger"), plaintext_tcp, "none")
        self.bump(("payments", "ledger"), "ssl.connection_error", [], 0.4 if STRICT_FLIP <= tick < BILLING_MESHED else 0.0)
        if tick >= BILLING_MESHED:
            self.tcp(("legacy", "billing-cron"), ("payments", "ledger"), 0.4, "mutual_tls")
        # A source-only edge: reviews-v3 calls the unmeshed legacy/inventory in plaintext; only the caller reports it.
        self.http(("bookinfo", "reviews-v3"), ("legacy", "inventory"), 2.0, 0.0, "unknown", destination_reported=False)
        for pod in PODS:
            if pod[1] != "istio-ingressgateway":
                self.bump(pod, "ssl.handshake", [], self.inbound_rate(pod) * 0.2)
        self.bump(("istio-system", "istiod"), "csr", [], 0.05)
        failing_csr = tick < LEDGER_RENEWED
        self.bump(("istio-system", "istiod"), "auth_failure", [], 0.1 if failing_csr else 0.0)
        self.bump(("istio-system", "istiod"), "issued", [], 0.05)

    def inbound_rate(self, pod):
        return sum(edge[4] for edge in HTTP_EDGES if (edge[2], edge[3]) == pod)

    def http(self, src, dst, rate, errors, policy, source_reported=True, destination_reported=True):
        codes = [("200", rate * (1 - errors))] + ([("503", rate * errors)] if errors else [])
        for code, code_rate in codes:
            if destination_reported:
                labels = istio_labels("destination", src, dst, "http", code, policy)
                self.bump(dst, "istio_requests_total", labels, code_rate)
            if source_reported:
                labels = istio_labels("source", src, dst, "http", code, "unknown")
                self.bump(src, "istio_requests_total", labels, code_rate)

    def tcp(self, src, dst, rate, policy):
        labels = istio_labels("destination", src, dst, "tcp", "", policy)
        self.bump(dst, "istio_tcp_connections_opened_total", labels, rate)
        self.bump(dst, "istio_tcp_received_bytes_total", labels, rate * 18000)
        if src[1] != "unknown":
            labels = istio_labels("source", src, dst, "tcp", "", "unknown")
            self.bump(src, "istio_tcp_connections_opened_total", labels, rate)

    def series(self, pod, metric):
        """(labels, value) of one pod's metric, in a stable order."""
        return [(list(key[2]), value) for key, value in self.counters.items() if key[0] == pod and key[1] == metric]

    def value(self, pod, metric):
        return self.counters.get((pod, metric, ()), 0)


def cert_remaining(pod, tick):
    """Seconds left on a pod's workload certificate at a tick."""
    elapsed = tick * INTERVAL_S
    if pod == ("payments", "api"):
        return 43200 + API_CERT_ROTATION * INTERVAL_S - elapsed if tick < API_CERT_ROTATION \
            else 86400 - (tick - API_CERT_ROTATION) * INTERVAL_S
    if pod == ("payments", "ledger"):
        return 3000 - elapsed if tick < LEDGER_RENEWED else 86400 - (tick - LEDGER_RENEWED) * INTERVAL_S
    index = list(PODS).index(pod)
    return 47000 + index * 3900 - elapsed


def labels_text(pairs):
    def escape(value):
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')
    return "{" + ",".join('%s="%s"' % (name, escape(value)) for name, value in pairs) + "}"


def federate(mesh, tick):
    """Prometheus /federate?match[]=... output: untyped families, sorted labels, ms timestamps."""
    scraped_ms = (START_S + tick * INTERVAL_S) * 1000 - 4200
    families = {}

    def add(name, pairs, value, target):
        ns, pod = target
        full = dict(pairs)
        if "namespace" in full:  # a scraped label that clashes with a target label is renamed by Prometheus
            full["exported_namespace"] = full.pop("namespace")
        full.update({"namespace": ns, "pod": pod, "job": "kubernetes-pods",
                     "instance": INSTANCES.get(pod) or "%s:15020" % POD_IPS[(ns, pod_owner(pod))]})
        families.setdefault(name, []).append((sorted(full.items()), value))

    for pod_key, pod in PODS.items():
        if pod_key in SCRAPED_DIRECTLY:
            continue
        target = (pod_key[0], pod)
        for metric in ("istio_requests_total", "istio_tcp_connections_opened_total", "istio_tcp_received_bytes_total"):
            for pairs, value in mesh.series(pod_key, metric):
                add(metric, pairs, value, target)
        add("istio_agent_cert_expiry_seconds", [("resource_name", "default")], cert_remaining(pod_key, tick), target)
        if pod_key[0] == "payments":
            listener = [("listener_address", "0.0.0.0_15006")]
            add("envoy_listener_ssl_handshake", listener, mesh.value(pod_key, "ssl.handshake"), target)
            add("envoy_listener_ssl_fail_verify_no_cert", listener, mesh.value(pod_key, "ssl.fail_verify_no_cert"), target)
            add("envoy_listener_ssl_connection_error", listener, mesh.value(pod_key, "ssl.connection_error"), target)
    istiod = ("istio-system", ISTIOD_POD)
    now_s = START_S + tick * INTERVAL_S
    add("citadel_server_root_cert_expiry_timestamp", [], START_S + 9 * 365 * 86400 + 7777, istiod)
    add("citadel_server_cert_chain_expiry_timestamp", [], START_S + 9 * 365 * 86400 + 7777, istiod)
    add("citadel_server_root_cert_expiry_seconds", [], START_S + 9 * 365 * 86400 + 7777 - now_s, istiod)
    add("citadel_server_csr_count", [], 9000 + mesh.value(("istio-system", "istiod"), "csr"), istiod)
    add("citadel_server_success_cert_issuance_count", [], 8700 + mesh.value(("istio-system", "istiod"), "issued"), istiod)
    add("citadel_server_authentication_failure_count", [], 300 + mesh.value(("istio-system", "istiod"), "auth_failure"), istiod)
    certmanager = ("cert-manager", CERT_MANAGER_POD)
    for name, ns, not_after in (("ingress-payments-tls", "istio-system", START_S + 5 * 86400 - 3 * 3600),
                                ("bookinfo-gateway-tls", "istio-system", START_S + 61 * 86400)):
        cert = [("issuer_group", "cert-manager.io"), ("issuer_kind", "ClusterIssuer"),
                ("issuer_name", "letsencrypt-prod"), ("name", name), ("namespace", ns)]
        add("certmanager_certificate_expiration_timestamp_seconds", cert, not_after, certmanager)
        add("certmanager_certificate_ready_status", cert + [("condition", "True")], 1, certmanager)

    lines = []
    for name in sorted(families):
        lines.append("# TYPE %s untyped" % name)
        for pairs, value in sorted(families[name]):
            lines.append("%s%s %s %d" % (name, labels_text(pairs), value, scraped_ms))
    return "\n".join(lines) + "\n"


def pod_owner(pod):
    for key, name in PODS.items():
        if name == pod:
            return key[1]
    return pod


def sidecar(mesh, tick):
    """payments/api's merged :15020/stats/prometheus: Istio metrics, Envoy SSL stats, agent metrics."""
    pod = ("payments", "api")
    out = []
    for metric in ("istio_requests_total", "istio_tcp_connections_opened_total"):
        rows = mesh.series(pod, metric)
        if rows:
            out.append("# TYPE %s counter" % metric)
            out += ["%s%s %d" % (metric, labels_text(pairs), value) for pairs, value in rows]
    out.append("# TYPE istio_build gauge")
    out.append('istio_build{component="proxy",tag="1.24.2"} 1')
    listener = '{listener_address="0.0.0.0_15006"}'
    for stat in ("connection_error", "fail_verify_error", "fail_verify_no_cert", "fail_verify_san", "handshake",
                 "no_certificate"):
        out.append("# TYPE envoy_listener_ssl_%s counter" % stat)
        out.append("envoy_listener_ssl_%s%s %d" % (stat, listener, mesh.value(pod, "ssl." + stat)))
    out.append("# TYPE envoy_cluster_ssl_handshake counter")
    for cluster in ("outbound|8080||ledger.payments.svc.cluster.local", "outbound|8080||fraud.payments.svc.cluster.local"):
        out.append('envoy_cluster_ssl_handshake{cluster_name="%s"} %d' % (cluster, 40 + tick * 3))
    out.append("# TYPE envoy_server_days_until_first_cert_expiring gauge")
    out.append("envoy_server_days_until_first_cert_expiring{} 0")
    out.append("# HELP istio_agent_cert_expiry_seconds The time remaining, in seconds, before the certificate chain will expire. A negative value indicates the cert is expired.")
    out.append("# TYPE istio_agent_cert_expiry_seconds gauge")
    out.append('istio_agent_cert_expiry_seconds{resource_name="default"} %d' % cert_remaining(pod, tick))
    out.append("# HELP istio_agent_num_outgoing_requests Number of total outgoing requests (e.g. to a token exchange server, CA, etc.)")
    out.append("# TYPE istio_agent_num_outgoing_requests counter")
    out.append('istio_agent_num_outgoing_requests{request_type="csr"} %d' % (3 + (1 if tick >= API_CERT_ROTATION else 0)))
    return "\n".join(out) + "\n"


def envoy_name(pairs):
    """The native Istio filter's raw /stats name: tag.value pairs, empty values omitted."""
    return ".".join("%s.%s" % (name, value) if value else name for name, value in pairs)


def envoy_stats(mesh, tick):
    """payments/ledger's raw Envoy /stats: text readouts, then sorted counters and gauges, then histograms."""
    pod = ("payments", "ledger")
    now_s = START_S + tick * INTERVAL_S
    stats = {}
    for metric in ("istio_requests_total", "istio_tcp_connections_opened_total", "istio_tcp_received_bytes_total"):
        for pairs, value in mesh.series(pod, metric):
            stats["istiocustom.%s.%s" % (metric, envoy_name(pairs))] = value
    ssl = "listener.0.0.0.0_15006.ssl."
    for stat in ("connection_error", "fail_verify_cert_hash", "fail_verify_error", "fail_verify_no_cert",
                 "fail_verify_san", "handshake", "no_certificate", "session_reused"):
        stats[ssl + stat] = mesh.value(pod, "ssl." + stat)
    handshakes = mesh.value(pod, "ssl.handshake")
    stats[ssl + "ciphers.TLS_AES_128_GCM_SHA256"] = handshakes
    stats[ssl + "curves.X25519"] = handshakes
    stats[ssl + "versions.TLSv1.3"] = handshakes
    stats[ssl + "certificate.default.expiration_unix_time_seconds"] = now_s + cert_remaining(pod, tick)
    stats["listener.0.0.0.0_15006.server_ssl_socket_factory.ssl_context_update_by_sds"] = 14 + (tick >= LEDGER_RENEWED)
    stats["listener.0.0.0.0_15006.downstream_cx_total"] = handshakes + mesh.value(pod, "ssl.connection_error")
    stats["cluster.xds-grpc.ssl.handshake"] = 3
    stats["cluster.xds-grpc.upstream_cx_total"] = 3
    stats["server.days_until_first_cert_expiring"] = 0
    stats["server.live"] = 1
    stats["server.uptime"] = 86000 + tick * INTERVAL_S
    stats["istiocustom.istio_build.component.proxy.tag.1.24.2"] = 1
    lines = ['cluster_manager.cds.version_text: "2026-11-23T13:58:02Z/42"']
    lines += ["%s: %d" % (name, stats[name]) for name in sorted(stats)]
    lines.append("cluster.xds-grpc.upstream_cx_length_ms: No recorded values")
    return "\n".join(lines) + "\n"


def fnv1a32(text):
    value = 2166136261
    for byte in text.encode():
        value = ((value ^ byte) * 16777619) & 0xFFFFFFFF
    return value


def member(text):
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    return compressor.compress(text) + compressor.flush()


def frame_text(ts_ms, source, fmt, workload, body):
    header = "# meshtop-frame ts=%d source=%s format=%s bytes=%d" % (ts_ms, source, fmt, len(body))
    if workload:
        header += " workload=" + workload
    return (header + "\n").encode() + body + (b"" if body.endswith(b"\n") else b"\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    mesh = Mesh()
    data = bytearray()
    index = bytearray(b"MTRECIDX" + bytes([1, 0, 0, 0, 0, 0, 0, 0]))
    raw_bytes = 0
    for tick in range(TICKS):
        mesh.advance(tick)
        tick_ms = (START_S + tick * INTERVAL_S) * 1000
        scrapes = [
            (tick_ms + 41, "payments/api", "prometheus", "payments/api", sidecar(mesh, tick)),
            (tick_ms + 58, "payments/ledger", "envoy", "payments/ledger", envoy_stats(mesh, tick)),
            (tick_ms + 212, "prometheus", "prometheus", None, federate(mesh, tick)),
        ]
        for ts_ms, source, fmt, workload, body in scrapes:
            text = frame_text(ts_ms, source, fmt, workload, body.encode())
            raw_bytes += len(body)
            packed = member(text)
            record = struct.pack("<qQIII", ts_ms, len(data), len(packed), len(text), fnv1a32(source))
            index += record + struct.pack("<I", zlib.crc32(record))
            data += packed
        if tick == 70:
            with open(os.path.join(here, "istio-sidecar.prom"), "w") as out:
                out.write(sidecar(mesh, tick))
            with open(os.path.join(here, "envoy-ledger.stats"), "w") as out:
                out.write(envoy_stats(mesh, tick))
    with open(os.path.join(here, "mesh.mtrec.gz"), "wb") as out:
        out.write(data)
    with open(os.path.join(here, "mesh.mtrec.gz.idx"), "wb") as out:
        out.write(index)
    print("mesh.mtrec.gz: %d frames, %d bytes of text in %d bytes (%.1f %%)"
          % (TICKS * 3, raw_bytes, len(data), 100.0 * len(data) / raw_bytes))


if __name__ == "__main__":
    main()
