package com.replyguard.app.cli.serve;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * What {@code GET /metrics} shows, in Prometheus text: checks by verdict, drafts, answers, request latencies by
 * endpoint, errors by status and the team's false-alarm reports by status. One registry per server (no global
 * state), so tests and a bot sharing the process each see their own numbers.
 */
final class ApiMetrics {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter checks = Counter.builder().name("replyguard_checks_total")
            .help("Drafts checked, by verdict").labelNames("verdict").register(registry);
    private final Counter drafts = Counter.builder().name("replyguard_drafts_total")
            .help("Buyer messages drafted for").register(registry);
    private final Counter asks = Counter.builder().name("replyguard_asks_total")
            .help("Questions answered").register(registry);
    private final Counter errors = Counter.builder().name("replyguard_http_errors_total")
            .help("Requests refused or failed, by HTTP status").labelNames("status").register(registry);
    private final Histogram latency = Histogram.builder().name("replyguard_request_duration_seconds")
            .help("Time to answer a request, by endpoint").labelNames("endpoint").classicOnly()
            .classicUpperBounds(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
            .register(registry);

    /** {@code falseAlarms} gives {pending, approved, rejected} counts; read at each scrape. */
    ApiMetrics(Supplier<long[]> falseAlarms) {
        GaugeWithCallback.builder().name("replyguard_false_alarm_reports")
                .help("The team's false-alarm reports, by status").labelNames("status")
                .callback(cb -> {
                    long[] n = falseAlarms.get();
                    if (n != null) {
                        cb.call(n[0], "pending");
                        cb.call(n[1], "approved");
                        cb.call(n[2], "rejected");
                    }
                }).register(registry);
    }

    void checked(String verdict) {
        checks.labelValues(verdict).inc();
    }

    void drafted() {
        drafts.inc();
    }

    void asked() {
        asks.inc();
    }

    void failed(int status) {
        errors.labelValues(Integer.toString(status)).inc();
    }

    void took(String endpoint, long nanos) {
        latency.labelValues(endpoint).observe(nanos / 1e9);
    }

    String contentType() {
        return PrometheusTextFormatWriter.CONTENT_TYPE;
    }

    void write(OutputStream out) throws IOException {
        PrometheusTextFormatWriter.create().write(out, registry.scrape());
    }
}
