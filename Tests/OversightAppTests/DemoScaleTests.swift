import Fluent
import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import VaporTesting

@Suite("Load-test demo data")
struct DemoScaleTests {
    @Test("--scale 1 adds one plan of 48 actions and seven months of updates, 25 indicators, 50 risks and 20 meetings, the same ids every time")
    func scaleOne() async throws {
        var first: [Plan.ID] = []
        for run in 0..<2 {
            try await withTestApp { app in
                let council = try await app.demoCouncil()
                let added = try await DemoScale.seed(scale: 1, council: council.id, on: app.db, now: Date())
                #expect(added.plans == 1)
                #expect(added.actions == 48)
                #expect(added.updates > 48 * 5)
                #expect(added.features == DemoScale.FeatureFigures(indicators: 25, values: 1500, risks: 50, reviews: 1000, meetings: 20))
                let register = try await RiskRegisterModel.load(council, today: DemoPlan.date(2017, 11, 1), partTwo: true, on: app.db)
                #expect(register.risks.filter { $0.reference.hasPrefix("LT") }.count == 50)
                #expect(try await app.get(SiteURL.risks(.value(council.id)).path, as: Who.board).status == .ok)
                #expect(try await app.get(SiteURL.scorecard(.value(council.id)).path, as: Who.board).status == .ok)
                let plans = try await PlanStore.plans(in: council.id, on: app.db).filter { $0.title.hasPrefix("Load-test plan") }
                #expect(plans.map(\.title) == ["Load-test plan 1 of 1"])
                let record = try #require(try await PlanStore.find(plans[0].id, in: council.id, on: app.db))
                #expect(record.priorities.count == 8)
                #expect(try await UpdateStore.periods(of: plans[0].id, on: app.db).count == 7)
                let again = try await DemoScale.seed(scale: 1, council: council.id, on: app.db, now: Date())
                #expect(again.plans == 0) // a second start reuses what is there
                if run == 0 { first = plans.map(\.id) } else { #expect(plans.map(\.id) == first) }
                // The summary the pages use agrees with the updates themselves at this size too.
                let open = try await UpdateStore.periods(of: plans[0].id, on: app.db).first { $0.isOpen }?.id
                let standing = try #require(try await PlanStore.find(plans[0].id, in: council.id, on: app.db)).standing
                let summary = try await UpdateStore.summary(
                    of: plans[0].id, standing: standing, periods: try await UpdateStore.periods(of: plans[0].id, on: app.db).map(\.id),
                    openPeriod: open, on: app.db)
                let all = try await UpdateStore.updates(of: plans[0].id, on: app.db)
                #expect(summary == UpdateSummary(updates: all, openPeriod: open))
                let page = try await app.get(SiteURL.plan(.value(council.id), .value(plans[0].id)).path, as: Who.board)
                #expect(page.status == .ok)
            }
        }
    }
}
