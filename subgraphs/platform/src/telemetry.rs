//! Logs, request ids and metrics.
//!
//! Logs go through `tracing` (pretty for people, JSON for machines); every
//! HTTP request runs in a span carrying its `x-request-id` (taken from the
//! request or generated, and echoed in the response), so every log line of a
//! request names it. Metrics are recorded with the `metrics` facade and
//! exposed in Prometheus format by [`render_metrics`].

use std::sync::OnceLock;

use axum::{extract::Request, middleware::Next, response::Response};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use tracing_subscriber::{EnvFilter, fmt, prelude::*};

use crate::config::{LogFormat, TelemetryConfig};

/// The header carrying request ids between clients, the router and
/// subgraphs.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// Installs the global `tracing` subscriber. Later calls do nothing, so
/// several subgraphs in one process (and tests) may all call it.
pub fn init(config: &TelemetryConfig) {
    let filter = EnvFilter::try_from_default_env()
        .or_else(|_| EnvFilter::try_new(&config.filter))
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let registry = tracing_subscriber::registry().with(filter);
    let result = match config.format {
        LogFormat::Pretty => registry.with(fmt::layer().with_target(true)).try_init(),
        LogFormat::Json => registry
            .with(
                fmt::layer()
                    .json()
                    .with_current_span(true)
                    .with_span_list(false),
            )
            .try_init(),
    };
    // Already initialised (another subgraph in this process, or a test).
    drop(result);
}

/// The process-wide Prometheus recorder, installed on first use.
pub fn metrics_handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new();
        let handle = match builder.install_recorder() {
            Ok(handle) => handle,
            // Another recorder is installed (e.g. by the embedding process):
            // keep a private one so /metrics still answers.
            Err(_) => PrometheusBuilder::new().build_recorder().handle(),
        };
        // Histograms keep samples until upkeep folds them in; without it
        // they grow whenever nobody scrapes /metrics.
        let upkeep = handle.clone();
        let spawned = std::thread::Builder::new()
            .name("metrics-upkeep".to_owned())
            .spawn(move || {
                loop {
                    std::thread::sleep(std::time::Duration::from_secs(5));
                    upkeep.run_upkeep();
                }
            });
        if let Err(err) = spawned {
            tracing::warn!(error = %err, "metrics upkeep thread not started");
        }
        handle
    })
}

/// The current metrics in Prometheus text format.
pub fn render_metrics() -> String {
    metrics_handle().render()
}

/// Axum middleware recording request counts and latencies per service.
pub async fn record_http_metrics(service: &'static str, request: Request, next: Next) -> Response {
    let started = std::time::Instant::now();
    let method = request.method().to_string();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    let labels = [
        ("service", service.to_owned()),
        ("method", method),
        ("status", status),
    ];
    metrics::counter!("stunxt_http_requests_total", &labels).increment(1);
    metrics::histogram!("stunxt_http_request_duration_seconds", &labels)
        .record(started.elapsed().as_secs_f64());
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_render_in_prometheus_format() {
        let _ = metrics_handle();
        metrics::counter!("stunxt_test_counter_total", "kind" => "unit").increment(3);
        let text = render_metrics();
        assert!(
            text.contains("stunxt_test_counter_total{kind=\"unit\"} 3"),
            "{text}"
        );
    }
}
