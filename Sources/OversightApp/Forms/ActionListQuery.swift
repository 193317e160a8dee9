import Foundation
import OversightDomain
import Vapor

/// The filters, sort and page of a plan's action list, read from the address so that any view
/// can be bookmarked or sent to a colleague. Unknown values are ignored, never an error page.
struct ActionListQuery: Equatable {
    enum Sort: String, CaseIterable {
        case reference, due, lead, rating, status

        var label: String {
            switch self {
            case .reference: "Ref"
            case .due: "Due"
            case .lead: "Lead"
            case .rating: "Rating"
            case .status: "Status"
            }
        }
    }

    var lead: String?
    var priority: String?
    /// A rating code, or "none" for actions without one.
    var rating: String?
    var status: String?
    /// Only actions with an exception.
    var exceptionsOnly = false
    var sort: Sort = .reference
    var descending = false
    var page = 1

    static let perPage = 50

    init() {}

    init(_ req: Request) {
        func text(_ key: String) -> String? { (try? req.query.get(String.self, at: key)).trimmedOrNil }
        lead = text("lead")
        priority = text("priority")
        rating = text("rating").flatMap { $0 == "none" || Rating(rawValue: $0) != nil ? $0 : nil }
        status = text("status").flatMap { ActionStatus(rawValue: $0) == nil ? nil : $0 }
        exceptionsOnly = text("exceptions") == "yes"
        sort = text("sort").flatMap(Sort.init) ?? .reference
        descending = text("order") == "desc"
        page = max(1, text("page").flatMap { Int($0) } ?? 1)
    }

    /// The matching actions in order, before paging.
    func apply(to model: PlanPageModel) -> [PlanAction] {
        let order = Dictionary(uniqueKeysWithValues: model.record.actions.enumerated().map { ($1.id, $0) })
        let rank: [Rating: Int] = [.red: 0, .amber: 1, .green: 2, .blue: 3]
        let matching = model.record.actions.filter { action in
            (lead == nil || action.leadID?.description == lead)
                && (priority == nil || action.priorityID.description == priority)
                && (status == nil || action.status.rawValue == status)
                && (rating == nil || (model.latestRating(action.id)?.rawValue ?? "none") == rating)
                && (!exceptionsOnly || !model.exceptions(action).isEmpty)
        }
        let sorted = matching.sorted { a, b in
            let ka: (String, Int), kb: (String, Int)
            switch sort {
            case .reference: (ka, kb) = (("", order[a.id] ?? 0), ("", order[b.id] ?? 0))
            case .due: (ka, kb) = ((a.currentDueDate.iso, order[a.id] ?? 0), (b.currentDueDate.iso, order[b.id] ?? 0))
            case .lead: (ka, kb) = ((model.name(a.leadID) ?? "~", order[a.id] ?? 0), (model.name(b.leadID) ?? "~", order[b.id] ?? 0))
            case .rating:
                (ka, kb) = ((String(model.latestRating(a.id).flatMap { rank[$0] } ?? 9), order[a.id] ?? 0),
                            (String(model.latestRating(b.id).flatMap { rank[$0] } ?? 9), order[b.id] ?? 0))
            case .status: (ka, kb) = ((a.status.label, order[a.id] ?? 0), (b.status.label, order[b.id] ?? 0))
            }
            return descending ? ka > kb : ka < kb
        }
        return sorted
    }

    /// The query string for this view with some parts changed: sort links and page links.
    func queryString(sort: Sort? = nil, descending: Bool? = nil, page: Int? = nil) -> String {
        var items: [URLQueryItem] = []
        func add(_ name: String, _ value: String?) { if let value { items.append(.init(name: name, value: value)) } }
        add("lead", lead)
        add("priority", priority)
        add("rating", rating)
        add("status", status)
        add("exceptions", exceptionsOnly ? "yes" : nil)
        let sort = sort ?? self.sort
        add("sort", sort == .reference ? nil : sort.rawValue)
        add("order", (descending ?? self.descending) ? "desc" : nil)
        let page = page ?? self.page
        add("page", page == 1 ? nil : String(page))
        var components = URLComponents()
        components.queryItems = items
        return items.isEmpty ? "" : (components.percentEncodedQuery.map { "?\($0)" } ?? "")
    }
}
