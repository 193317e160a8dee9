import Foundation
import OversightDomain
import OversightStore
import Vapor

/// The calendar page and the iCalendar feeds. Both answer visitors who are not signed in, with
/// meetings, their Part I agendas and decisions, and when papers are due; signed-in staff see
/// the programme's own deadlines too. A feed is public so that Outlook can subscribe to it
/// without a password (tokens never travel in a URL); downloaded from the page by a signed-in
/// user, the council's feed carries the deadlines as well.
enum CalendarController {
    /// Three months at a time from the month in `from` (YYYY-MM), this month by default.
    @Sendable static func page(req: Request) async throws -> HTMLResponse {
        let council = try await req.council()
        let today = CalendarDate.inLondon(req.dependencies.now())
        let start = try req.queryMonth("from") ?? today.firstOfMonth
        let end = start.adding(months: 3)
        let rows = try await entries(req, council: council).rows(on: req.db)
        let window = rows.filter { $0.entry.date >= start && $0.entry.date < end }
        let latest = rows.last { $0.entry.kind == .meeting && $0.entry.date < start }
        let model = MeetingCalendar.Model(window, start: start, end: end, latestBefore: window.isEmpty ? latest : nil,
                                          bodies: try await BodyStore.all(in: council.id, on: req.db), baseURL: req.baseURL)
        return HTMLResponse(html: CalendarViews.page(model, council: council.context, context: req.viewContext))
    }

    @Sendable static func feed(req: Request) async throws -> Response {
        let council = try await req.council()
        let rows = try await entries(req, council: council).rows(on: req.db)
        return respond(ICalendar.render(name: "\(council.name): boards and committees", entries: rows.map(\.entry),
                                        stamp: req.dependencies.now()), fileName: "calendar.ics")
    }

    @Sendable static func bodyFeed(req: Request) async throws -> Response {
        let council = try await req.council()
        let body = try await req.body(in: council)
        let rows = try await entries(req, council: council).rows(body: body.id, on: req.db)
        return respond(ICalendar.render(name: "\(body.name), \(council.name)", entries: rows.map(\.entry), stamp: req.dependencies.now()),
                       fileName: "calendar.ics")
    }

    static func entries(_ req: Request, council: Council) async throws -> CalendarEntries {
        CalendarEntries(council: council, rules: try await req.publicationRules(), today: .inLondon(req.dependencies.now()),
                        staff: req.meetings.staff, partTwo: req.partTwo.sees,
                        baseURL: req.baseURL)
    }

    /// Served inline (a subscription reads it; a browser offers to open it) and never cached
    /// (`CacheHeadersMiddleware`), since a signed-in reader's copy holds more than a visitor's.
    static func respond(_ text: String, fileName: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/calendar; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"\(fileName)\"")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}
