import OversightDomain
import OversightStore
import Vapor

/// What a visitor who is not signed in sees at the site's address and at a council's: the public
/// home, and the statements every footer links to. Signed-in people keep their dashboard.
enum PublicController {
    /// `/` for a visitor: the one council's public home, the councils to choose from, or a welcome.
    static func home(_ req: Request, councils: [Council]) async throws -> Response {
        switch councils.count {
        case 0: return try await HTMLResponse(html: PublicHomeViews.nothingYet(context: req.viewContext)).encodeResponse(for: req)
        case 1: return req.redirect(to: SiteURL.council(.value(councils[0].id)).path, redirectType: .normal)
        default: return try await HTMLResponse(html: PublicHomeViews.councils(councils, context: req.viewContext)).encodeResponse(for: req)
        }
    }

    /// A council's public home: its next and latest meetings with their decisions, its newest
    /// published reports and its bodies, read as the calendar reads them for a visitor (no Part II,
    /// an agenda's business once it is published).
    static func councilHome(_ req: Request) async throws -> HTMLResponse {
        let council = try await req.council()
        let today = CalendarDate.inLondon(req.dependencies.now())
        let calendar = CalendarEntries(council: council, rules: try await req.publicationRules(), today: today,
                                       staff: false, partTwo: false, baseURL: req.baseURL)
        let model = PublicHome.Model(
            council: council, calendar: try await calendar.rows(on: req.db),
            reports: try await ReportStore.list(in: council.id, publishedOnly: true, on: req.db),
            bodies: try await BodyStore.all(in: council.id, on: req.db),
            forwardPlan: try await ForwardPlanStore.entries(in: council.id, includingDrafts: false, on: req.db), today: today)
        return HTMLResponse(html: PublicHomeViews.home(model, context: req.viewContext))
    }

    @Sendable static func accessibility(req: Request) async throws -> HTMLResponse {
        HTMLResponse(html: PublicStatements.accessibility(councils: try await CouncilStore.all(on: req.db),
                                                          saved: try await PublicTextStore.find(PublicStatements.Kind.accessibility.rawValue, on: req.db)?.text,
                                                          context: req.viewContext))
    }

    @Sendable static func privacy(req: Request) async throws -> HTMLResponse {
        HTMLResponse(html: PublicStatements.privacy(councils: try await CouncilStore.all(on: req.db),
                                                    saved: try await PublicTextStore.find(PublicStatements.Kind.privacy.rawValue, on: req.db)?.text,
                                                    context: req.viewContext))
    }
}
