import OversightDomain
import OversightStore
import Vapor

/// `/api/v1/risks`: every council's risks the caller can see; `council` narrows to one.
enum RiskAPIController {
    @Sendable static func risks(req: Request) async throws -> Response {
        try await req.authorize(req.risks.read)
        var councils = try await CouncilStore.all(on: req.db)
        if let text = try? req.query.get(String.self, at: "council") {
            guard let id = Council.ID(text) else { throw Abort(.badRequest, reason: "council must be a council's id, not \(text)") }
            councils = councils.filter { $0.id == id }
        }
        var all: [RiskDTO] = []
        for council in councils {
            let model = try await req.riskRegister(in: council)
            all += model.risks.map { RiskDTO($0, model: model) }
        }
        return try APIController.paged(all, req)
    }
}
