import OversightDomain
import OversightStore
import Vapor

/// `/api/v1/indicators` and `/api/v1/indicators/{code}/values`: every council's indicators the
/// caller can see (a code is unique within a council; the values list says whose each is).
enum IndicatorAPIController {
    @Sendable static func indicators(req: Request) async throws -> Response {
        try await req.authorize(req.scorecard.read)
        var all: [IndicatorDTO] = []
        for council in try await CouncilStore.all(on: req.db) {
            all += try await ScorecardController.models(council, on: req.db).map(IndicatorDTO.init)
        }
        return try APIController.paged(all, req)
    }

    struct ValuesDTO: Codable, Sendable {
        var councilId: String
        var code: String
        var values: [IndicatorValueDTO]
    }

    @Sendable static func values(req: Request) async throws -> Response {
        try await req.authorize(req.scorecard.read)
        guard let code = req.parameters.get(SiteURL.Key.code.rawValue) else { throw Abort(.notFound) }
        var found: [ValuesDTO] = []
        for indicator in try await IndicatorStore.indicators(withCode: code, on: req.db) {
            found.append(ValuesDTO(councilId: indicator.councilID.description, code: code,
                                   values: try await IndicatorStore.values(of: indicator.id, on: req.db).map(IndicatorValueDTO.init)))
        }
        guard !found.isEmpty else { throw Abort(.notFound, reason: "No indicator has the code \(code)") }
        return try APIController.paged(found, req)
    }
}
