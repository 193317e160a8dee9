import OversightDomain

/// The overview's monthly update card: the latest periods with how many actions reported in each.
struct PlanPeriods {
    struct Row {
        var period: UpdatePeriod
        var reported: Int
    }

    var rows: [Row]
    var actionCount: Int
    var openPeriod: UpdatePeriod?
    /// Whether any period was ever opened (the card says so when none was).
    var isEmpty: Bool

    init(_ page: PlanPageModel) {
        rows = page.periods.prefix(PlanViews.periodsShown).map { Row(period: $0, reported: page.reportedCount(in: $0.id)) }
        actionCount = page.record.actions.count
        openPeriod = page.openPeriod
        isEmpty = page.periods.isEmpty
    }
}
