import OversightDomain
import OversightStore
import Vapor

extension Routes {
    /// What a cached page shows, as the scopes it is kept under (ADR 0011): it is made again only
    /// when a change touches one of them. Nil for a page that may show anything (the API's lists
    /// across councils), kept under the audit trail's head. Each list names every part of the data
    /// the page's model reads; `CacheScopeTests` makes every kind of change and checks that no kept
    /// page differs from one made afresh.
    static func cacheScopes(_ url: SiteURL, _ request: Request) -> [CacheScope]? {
        cacheScopes(url, request, signedIn: request.viewer != nil)
    }

    /// The scopes of `url` for a signed-in person or for a visitor, where the page differs: before
    /// the session middleware knows who is asking, it reads the signed-in person's along with its own.
    static func cacheScopes(_ url: SiteURL, _ request: Request, signedIn: Bool) -> [CacheScope]? {
        guard let council = try? request.id(.council, as: Council.self) else { return nil }
        switch url {
        // The dashboard shows the council, its people and inspections, and the viewer's own risks and
        // board actions: not the plans, so that updates on a deadline day leave it kept. A visitor
        // sees the council's public home instead: its meetings, reports and committees.
        case .council:
            return signedIn ? [.all, .core(council), .risks(council), .meetings(council)] : [.all, .council(council)]
        case .plans: return [.all, .core(council), .planList(council)]
        // A plan's pages name its people, the inspections it answers, and its predecessor and successors.
        case .plan, .priority, .actions, .coverage, .exceptions:
            guard let plan = try? request.id(.plan, as: Plan.self) else { return nil }
            return PlanModels.scopes(plan, in: council)
        // An action's page also shows the action it was carried from (another plan), the indicators
        // it moves and the risks it mitigates.
        case .action: return [.all, .core(council), .plans(council), .scorecard(council), .risks(council)]
        case .scorecard: return [.all, .core(council), .scorecard(council)]
        // An indicator's page lists the actions that move it.
        case .indicator: return [.all, .core(council), .scorecard(council), .plans(council)]
        // The register shows linked actions with their latest ratings (not every plan's), and
        // board actions and meeting items (leaving out those of Part II).
        case .risks, .risk: return [.all, .core(council), .risks(council), .linkedActions(council), .meetings(council)]
        // Public pages: reports (a draft's appendix is the live plan), meetings, bodies, calendars.
        case .reports, .report, .appendixFile, .reportDocx, .reportPDF, .reportMarkdown,
             .bodies, .body, .meeting, .calendar, .calendarFeed, .bodyCalendarFeed, .api(.meetings), .api(.meeting),
             .decisions, .councilFeed, .bodyFeed, .api(.decisions), .forwardPlan, .api(.forwardPlan), .api(.reports), .api(.report):
            return [.all, .council(council)]
        default: return nil
        }
    }
}
