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

    init(_ req: Request) throws {
        func text(_ key: String) -> String? { (try? req.query.get(String.self, at: key)).trimmedOrNil }
        lead = text("lead")
        priority = text("priority")
        rating = text("rating").flatMap { $0 == "none" || Rating(rawValue: $0) != nil ? $0 : nil }
        status = text("status").flatMap { ActionStatus(rawValue: $0) == nil ? nil : $0 }
        exceptionsOnly = text("exceptions") == "yes"
        sort = text("sort").flatMap(Sort.init) ?? .reference
        descending = text("order") == "desc"
        page = try req.pageNumber()
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
        // The chosen column decides; plan order breaks ties, so equal dues keep 1.1 before 1.2.
        func compare(_ a: PlanAction, _ b: PlanAction) -> ComparisonResult {
            switch sort {
            case .reference: .orderedSame
            case .due: Self.compare(a.currentDueDate, b.currentDueDate)
            case .lead: Self.compare(model.name(a.leadID) ?? "~", model.name(b.leadID) ?? "~")
            case .rating: Self.compare(model.latestRating(a.id).flatMap { rank[$0] } ?? rank.count,
                                       model.latestRating(b.id).flatMap { rank[$0] } ?? rank.count)
            case .status: Self.compare(a.status.label, b.status.label)
            }
        }
        let ascending = matching.sorted { a, b in
            let result = compare(a, b)
            return result == .orderedSame ? (order[a.id] ?? 0) < (order[b.id] ?? 0) : result == .orderedAscending
        }
        return descending ? ascending.reversed() : ascending
    }

    private static func compare<T: Comparable>(_ a: T, _ b: T) -> ComparisonResult {
        a < b ? .orderedAscending : (a > b ? .orderedDescending : .orderedSame)
    }

    /// The query for this view with some parts changed: sort links and page links.
    func query(sort: Sort? = nil, descending: Bool? = nil, page: Int? = nil) -> [(String, String?)] {
        let sort = sort ?? self.sort, page = page ?? self.page
        return [
            ("lead", lead), ("priority", priority), ("rating", rating), ("status", status),
            ("exceptions", exceptionsOnly ? "yes" : nil),
            ("sort", sort == .reference ? nil : sort.rawValue),
            ("order", (descending ?? self.descending) ? "desc" : nil),
            ("page", page == 1 ? nil : String(page)),
        ]
    }
}
