import Metrics
import Prometheus

/// The process's one metrics registry. Vapor counts and times every request by route
/// (`http_requests_total`, `http_request_duration_seconds`) through swift-metrics; bootstrapping
/// here, exactly once however many applications a test run makes, sends those to Prometheus.
enum OversightMetrics {
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}
