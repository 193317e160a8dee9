import Fluent
import Foundation
import OversightDomain
import OversightStore
import OversightTestSupport
import Testing

/// The scorecard reads each indicator's newest figures only: they must be exactly the newest of
/// the whole history, for an indicator with more, one with fewer and one with none.
@Suite("An indicator's latest figures")
struct LatestFiguresTests {
    @Test("The newest 13 figures of each indicator are the last 13 of its whole history, oldest first")
    func newestAreTheLastOfTheHistory() async throws {
        try await TestDatabase.withMigrated { db in
            let council = Council.ID(UUID()), now = Date(timeIntervalSince1970: 1_484_733_600)
            let counts = [30, 13, 5, 0]
            let indicators = counts.enumerated().map { index, _ in
                Indicator(id: .init(UUID()), councilID: council, code: "IND-\(index)", title: "Indicator \(index)",
                          description: "", numerator: nil, denominator: nil, unit: .count, polarity: .higherIsBetter,
                          frequency: .monthly, theme: "Theme", source: nil, ownerID: nil, dataQualityNote: nil,
                          countsChildren: false)
            }
            try await UnitOfWork.seed(on: db) { change in
                try await CouncilStore.create(StoreTests.draft(), id: council, at: now, newID: { UUID() }, on: change)
                var figures: [IndicatorValue] = []
                for (indicator, count) in zip(indicators, counts) {
                    try await IndicatorStore.add(indicator, at: now, on: change)
                    // Written newest first, so that the order read is the query's, not the insert's.
                    for month in (0..<count).reversed() {
                        figures.append(IndicatorValue(
                            indicatorID: indicator.id, period: .month(year: 2015 + month / 12, month: month % 12 + 1),
                            numerator: nil, denominator: nil, value: Double(month), status: .validated, comment: "m\(month)"))
                    }
                }
                try await IndicatorStore.write(figures, newID: { UUID() }, at: now, on: change)
            }
            let whole = try await IndicatorStore.values(.council(council), on: db)
            let latest = try await IndicatorStore.values(.council(council), latest: 13, on: db)
            for (indicator, count) in zip(indicators, counts) {
                let history = whole[indicator.id] ?? []
                #expect(history.count == count)
                #expect(history.map(\.period) == history.map(\.period).sorted())
                #expect((latest[indicator.id] ?? []) == Array(history.suffix(13)), "\(indicator.code)")
                let one = try await IndicatorStore.values(.indicator(indicator.id), latest: 13, on: db)
                #expect((one[indicator.id] ?? []) == Array(history.suffix(13)), "\(indicator.code) alone")
            }
            #expect(latest[indicators[0].id]?.first?.comment == "m17")
        }
    }
}
