import OversightDocuments
import OversightDomain
import OversightStore

/// Which risks the register lists.
struct RiskFilter: Equatable {
    enum Status: String, CaseIterable {
        case live, open, escalated, closed, all

        var label: String {
            switch self {
            case .live: "Open and escalated"
            case .open: "Open"
            case .escalated: "Escalated"
            case .closed: "Closed"
            case .all: "All"
            }
        }

        func includes(_ status: RiskStatus) -> Bool {
            switch self {
            case .live: status != .closed
            case .open: status == .open
            case .escalated: status == .escalated
            case .closed: status == .closed
            case .all: true
            }
        }
    }

    enum Show: String, CaseIterable {
        case all, reviewOverdue = "review-overdue", troubled = "actions-need-attention"

        var label: String {
            switch self {
            case .all: "Every risk"
            case .reviewOverdue: "Review overdue"
            case .troubled: "Mitigating actions red or overdue"
            }
        }
    }

    var status: Status = .live
    var category: RiskCategory?
    var show: Show = .all

    /// The filter as the register's address carries it, each field left out at its default.
    var query: [(String, String?)] {
        [("status", status == .live ? nil : status.rawValue), ("category", category?.rawValue),
         ("show", show == .all ? nil : show.rawValue)]
    }

    func includes(_ risk: Risk, in model: RiskRegisterModel) -> Bool {
        guard status.includes(risk.status), category.map({ $0 == risk.category }) ?? true else { return false }
        switch show {
        case .all: return true
        case .reviewOverdue: return risk.isReviewOverdue(on: model.today)
        case .troubled: return !model.troubles(risk).isEmpty
        }
    }
}
