import Fluent
import Foundation
import OversightApp
import OversightDomain
import OversightStore

/// Practice audit rounds every month from January 2016 to October 2017, three themes in turn,
/// the share graded good or better rising from about a third to about three quarters as the
/// improvement plan takes hold; a few outstanding cases from 2017, counts small enough to be
/// suppressed in Part I documents.
enum DemoPracticeAudits {
    static let themes = ["Child protection planning", "Management oversight", "Assessments"]

    static func seed(council: Council.ID, on db: any Database, dependencies: Dependencies) async throws {
        let now = dependencies.now()
        let months = (1...12).map { (2016, $0) } + (1...10).map { (2017, $0) }
        try await UnitOfWork.seed(on: db) { change in
            for (index, (year, month)) in months.enumerated() {
                let progress = Double(index) / Double(months.count - 1)
                let cases = 20 + (index * 7) % 11
                let goodOrBetter = Int((Double(cases) * (0.3 + 0.45 * progress)).rounded())
                let outstanding = progress > 0.7 ? 2 : progress > 0.5 ? 1 : 0
                let inadequate = Int((Double(cases) * (0.35 - 0.3 * progress)).rounded())
                let round = AuditRound(id: .init(dependencies.newID()), councilID: council, month: DemoPlan.date(year, month, 1),
                                       theme: themes[index % themes.count], casesAudited: cases, outstanding: outstanding,
                                       good: goodOrBetter - outstanding, requiresImprovement: cases - goodOrBetter - inadequate,
                                       inadequate: inadequate)
                try await PracticeAuditStore.create(round, at: now, on: change)
            }
        }
    }
}
