import OversightDomain

enum PracticeAuditList {}

extension PracticeAuditList {
    /// The practice audits page: the rounds theme by theme, each theme with its trend of cases
    /// graded good or better and its rounds latest first.
    struct Model {
        /// One theme's rounds.
        struct Theme {
            var name: String
            /// Good or better in each graded round, oldest first, as the trend chart draws them.
            var trend: [IndicatorValue]
            var roundCount: Int
            /// Latest first.
            var rows: [Row]
        }

        struct Row {
            var id: AuditRound.ID
            var month: CalendarDate
            var casesAudited: Int
            var outstanding: Int
            var good: Int
            var requiresImprovement: Int
            var inadequate: Int
            /// Nil when no case was graded.
            var goodOrBetterPercent: Double?
        }

        var hasRounds: Bool
        /// By name.
        var themes: [Theme]

        init(_ rounds: [AuditRound]) {
            var names: [String] = []
            for round in rounds.sorted(by: { $0.theme < $1.theme }) where !names.contains(round.theme) { names.append(round.theme) }
            hasRounds = !rounds.isEmpty
            themes = names.map { theme -> Theme in
                let ofTheme = rounds.filter { $0.theme == theme }.sorted { $0.month < $1.month }
                let trend = ofTheme.compactMap { round in
                    round.goodOrBetterPercent.map {
                        IndicatorValue(indicatorID: .init(round.id.rawValue), period: .month(year: round.month.year, month: round.month.month),
                                       numerator: Double(round.goodOrBetter), denominator: Double(round.graded), value: $0,
                                       status: .validated, comment: nil)
                    }
                }
                return Theme(name: theme, trend: trend, roundCount: ofTheme.count, rows: ofTheme.reversed().map { round in
                    Row(id: round.id, month: round.month, casesAudited: round.casesAudited, outstanding: round.outstanding, good: round.good,
                        requiresImprovement: round.requiresImprovement, inadequate: round.inadequate,
                        goodOrBetterPercent: round.goodOrBetterPercent)
                })
            }
        }
    }
}
