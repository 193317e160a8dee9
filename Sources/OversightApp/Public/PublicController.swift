import Fluent
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

    /// A council's public home: its next and latest meetings, its newest published reports and its
    /// bodies, read as a visitor reads them (no Part II, agendas once published).
    static func councilHome(_ req: Request) async throws -> HTMLResponse {
        let council = try await req.council()
        let today = CalendarDate.inLondon(req.dependencies.now())
        let calendar = CalendarEntries(council: council, rules: try await req.publicationRules(), today: today,
                                       staff: false, partTwo: false, baseURL: req.baseURL)
        let model = PublicHome.Model(
            council: council, calendar: try await calendar.rows(on: req.db), decisions: try await decisions(council, on: req.db),
            reports: try await ReportStore.list(in: council.id, publishedOnly: true, on: req.db),
            bodies: try await BodyStore.all(in: council.id, on: req.db), today: today)
        return HTMLResponse(html: PublicHomeViews.home(model, context: req.viewContext))
    }

    /// Decisions on the Part I business of meetings whose agendas are published: what the calendar
    /// and the meeting pages show a visitor.
    private static func decisions(_ council: Council, on db: any Database) async throws -> [PublicHome.Model.DecisionRow] {
        let cid = Parameter.value(council.id)
        let meetings = try await MeetingStore.meetings(in: council.id, on: db)
        let published = Set(meetings.filter { $0.agendaPublishedOn != nil }.map(\.id))
        let items = try await MeetingStore.items(of: Array(published), on: db)
            .filter { CalendarEntries.shows($0, published: published, staff: false, partTwo: false) }
        let itemsByID = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0) })
        let meetingsByID = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id, $0) })
        let bodies = Dictionary(uniqueKeysWithValues: try await BodyStore.all(in: council.id, on: db).map { ($0.id, $0.name) })
        return try await MeetingStore.decisions(of: Array(published), on: db).compactMap { decision in
            guard let item = itemsByID[decision.itemID], let meeting = meetingsByID[decision.meetingID] else { return nil }
            return PublicHome.Model.DecisionRow(text: decision.text, item: "\(item.position). \(item.title)",
                                                order: [item.position, decision.number],
                                                body: bodies[meeting.bodyID] ?? "Meeting", date: meeting.date,
                                                meeting: .meeting(cid, .value(meeting.id)))
        }
    }

    @Sendable static func accessibility(req: Request) async throws -> HTMLResponse {
        HTMLResponse(html: PublicStatements.accessibility(councils: try await CouncilStore.all(on: req.db),
                                                          saved: try await PublicTextStore.find("accessibility", on: req.db)?.text,
                                                          context: req.viewContext))
    }

    @Sendable static func privacy(req: Request) async throws -> HTMLResponse {
        HTMLResponse(html: PublicStatements.privacy(councils: try await CouncilStore.all(on: req.db),
                                                    saved: try await PublicTextStore.find("privacy", on: req.db)?.text,
                                                    context: req.viewContext))
    }
}
