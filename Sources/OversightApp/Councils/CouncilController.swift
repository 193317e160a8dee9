import OversightDomain
import OversightStore
import Vapor

enum CouncilController {
    /// One council: its programme overview. Several: the list. None: the welcome page.
    @Sendable static func home(req: Request) async throws -> Response {
        guard req.viewer != nil else { return try await PublicController.home(req, councils: try await CouncilStore.all(on: req.db)) }
        try await req.authorize(req.councils.read)
        let councils = try await CouncilStore.all(on: req.db)
        switch councils.count {
        case 0: return try await HTMLResponse(html: HomeView.empty(context: req.viewContext)).encodeResponse(for: req)
        case 1: return req.redirect(to: SiteURL.council(councils[0].id).path, redirectType: .normal)
        default:
            return try await HTMLResponse(html: CouncilViews.list(CouncilList.Model(councils), context: req.viewContext))
                .encodeResponse(for: req)
        }
    }

    @Sendable static func list(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.councils.read)
        return HTMLResponse(html: CouncilViews.list(CouncilList.Model(try await CouncilStore.all(on: req.db)), context: req.viewContext))
    }

    @Sendable static func overview(req: Request) async throws -> HTMLResponse {
        guard req.viewer != nil else { return try await PublicController.councilHome(req) }
        try await req.authorize(req.councils.read)
        let council = try await req.council()
        let today = CalendarDate.inLondon(req.dependencies.now())
        var mine: [BoardAction] = []
        var risks: [Risk] = []
        if let person = req.viewer?.user.personID {
            risks = try await RiskStore.risks(ownedBy: person, in: council.id, on: req.db)
            mine = try await BoardActionController.visible(try await BoardActionStore.owned(by: person, in: council.id, on: req.db), to: req)
                .sorted { ($0.isOverdue(on: today) ? 0 : 1, $0.due) < ($1.isOverdue(on: today) ? 0 : 1, $1.due) }
        }
        let model = OverviewModel(
            council: council,
            inspections: try await InspectionStore.all(in: council.id, on: req.db),
            peopleCount: try await PersonStore.count(in: council.id, on: req.db),
            myBoardActions: mine, myRisks: risks,
            riskScale: risks.isEmpty ? .standard : try await RiskStore.scale(of: council.id, on: req.db).scale,
            people: mine.isEmpty ? [:] : try await req.peopleByID(in: council), today: today
        )
        return HTMLResponse(html: OverviewView.render(Overview.Model(model), context: req.viewContext))
    }

    @Sendable static func new(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.councils.add)
        return HTMLResponse(html: CouncilViews.form(CouncilForm(), context: req.viewContext, councilID: nil, errors: []))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await req.authorize(req.councils.add)
        let form = try req.form(CouncilForm.self)
        switch form.validate() {
        case let .invalid(errors):
            return try await HTMLResponse(status: .unprocessableEntity,
                                          html: CouncilViews.form(form, context: req.viewContext, councilID: nil, errors: errors))
                .encodeResponse(for: req)
        case let .valid(draft):
            let id = try await CreateCouncil(dependencies: req.dependencies)(draft, by: req.actor, on: req.db)
            return req.redirect(to: .council(id), notice: .councilAdded)
        }
    }

    @Sendable static func edit(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.councils.edit)
        let council = try await req.council()
        return HTMLResponse(html: CouncilViews.form(CouncilForm(council), context: req.viewContext, councilID: council.id, errors: []))
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await req.authorize(req.councils.edit)
        let council = try await req.council()
        var form = try req.form(CouncilForm.self)
        switch form.validate() {
        case let .invalid(errors):
            return try await HTMLResponse(status: .unprocessableEntity,
                                          html: CouncilViews.form(form, context: req.viewContext, councilID: council.id, errors: errors))
                .encodeResponse(for: req)
        case let .valid(draft):
            do {
                try await UpdateCouncil(dependencies: req.dependencies)(
                    council.id, draft, expectedVersion: req.expectedVersion(form.version), by: req.actor, on: req.db)
                return req.redirect(to: .council(council.id), notice: .councilSaved)
            } catch StoreError.staleEdit {
                // Keep the user's text; carry the current version so that saving again is a
                // deliberate choice made after seeing what the other person saved.
                form.version = String(council.version)
                return try await HTMLResponse(
                    status: .conflict,
                    html: CouncilViews.form(form, context: req.viewContext, councilID: council.id, errors: [], conflict: council)
                ).encodeResponse(for: req)
            }
        }
    }
}
