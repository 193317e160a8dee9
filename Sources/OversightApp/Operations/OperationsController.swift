import OversightStore
import Vapor

/// For operators and load balancers: health, metrics and the stylesheet.
enum OperationsController {
    /// 200 when the database answers, 503 when it does not: a load balancer takes the
    /// instance out of service rather than sending people to a broken one.
    @Sendable static func healthz(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        do {
            try await DatabaseSetup.ping(req.db)
            return Response(status: .ok, headers: headers, body: .init(string: #"{"database":"ok","status":"ok"}"#))
        } catch {
            req.logger.warning("health check: database unreachable", metadata: ["error": "\(error)"])
            return Response(status: .serviceUnavailable, headers: headers,
                            body: .init(string: #"{"database":"unreachable","status":"unavailable"}"#))
        }
    }

    @Sendable static func metrics(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: OversightMetrics.registry.emitToString()))
    }

    @Sendable static func script(req: Request) async throws -> Response {
        asset(Script.source, type: "text/javascript; charset=utf-8", fingerprint: Script.fingerprint)
    }

    @Sendable static func stylesheet(req: Request) async throws -> Response {
        asset(Stylesheet.css, type: "text/css; charset=utf-8", fingerprint: Stylesheet.fingerprint)
    }

    /// The file name carries the content's hash, so it can be cached for good.
    private static func asset(_ body: String, type: String, fingerprint: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        headers.replaceOrAdd(name: .eTag, value: "\"\(fingerprint)\"")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}
