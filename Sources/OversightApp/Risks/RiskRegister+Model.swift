import OversightDocuments
import OversightDomain
import OversightStore

enum RiskRegister {}

extension RiskRegister {
    /// The register page: the summary line over every live risk, the heat maps and the table of
    /// the risks the filter lets through. Worked out here so that the page only prints it.
    struct Model {
        /// One line of the table.
        struct Row {
            var id: Risk.ID
            var reference: String
            var title: String
            /// The category, and the status when the risk is not simply open.
            var categoryAndStatus: String
            /// A mitigating action is red or overdue.
            var actionsNeedAttention: Bool
            var ownerName: String
            var inherent: RiskScore
            var current: RiskScore
            var target: RiskScore
            /// Which way the current score moved at the latest review.
            var movement: String
            var reviewDue: CalendarDate
            var isReviewOverdue: Bool
        }

        /// How many live risks are in a band, highest band first.
        struct BandCount {
            var name: String
            var count: Int
        }

        var filter: RiskFilter
        var scale: RiskScale
        /// Open and escalated risks, whatever the filter.
        var liveCount: Int
        var bandCounts: [BandCount]
        var overdueCount: Int
        var troubledCount: Int
        /// The scores of the rows, for the heat maps.
        var currentScores: [RiskScore]
        var targetScores: [RiskScore]
        /// The page of rows shown, highest current score first.
        var rows: [Row]
        /// Every risk the filter lets through, on every page.
        var rowCount: Int
        var paging: Paging

        /// Risks a page: a register of hundreds (500 at `--scale 10`) is read a page at a time, and
        /// whole in the Excel and CSV downloads.
        static let perPage = 100

        init(_ register: RiskRegisterModel, filter: RiskFilter, page: Int = 1) {
            let shown = register.risks.filter { filter.includes($0, in: register) }
                .sorted { ($0.current.value, $0.current.impact) > ($1.current.value, $1.current.impact) }
            let live = register.risks.filter { $0.status != .closed }
            self.filter = filter
            scale = register.scale
            liveCount = live.count
            bandCounts = register.scale.bands.reversed().map { band in
                BandCount(name: band.name, count: live.filter { register.scale.band($0.current).name == band.name }.count)
            }
            overdueCount = live.filter { $0.isReviewOverdue(on: register.today) }.count
            troubledCount = live.filter { !register.troubles($0).isEmpty }.count
            currentScores = shown.map(\.current)
            targetScores = shown.map(\.target)
            paging = Paging(page: page, perPage: Self.perPage, total: shown.count)
            rows = paging.slice(shown).map { risk in
                Row(id: risk.id, reference: risk.reference, title: risk.title,
                    categoryAndStatus: risk.category.label + (risk.status == .open ? "" : ": \(risk.status.label.lowercased())"),
                    actionsNeedAttention: !register.troubles(risk).isEmpty, ownerName: register.name(risk.ownerID),
                    inherent: risk.inherent, current: risk.current, target: risk.target, movement: register.movement(risk).label,
                    reviewDue: risk.reviewDue, isReviewOverdue: risk.isReviewOverdue(on: register.today))
            }
            rowCount = shown.count
        }
    }
}
