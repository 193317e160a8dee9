import Foundation
@testable import OversightApp
import OversightDomain
import OversightStore
import Testing
import VaporTesting

/// The scorecard page reads only each indicator's newest 13 figures (ADR 0011's companion: pages
/// made afresh read what they show). What it shows must be what every figure would have shown.
@Suite("Scorecard figures")
struct ScorecardFiguresTests {
    @Test("Each indicator's standing and trend from its newest 13 figures are those from all of them, at every frequency")
    func latestFiguresSuffice() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            // The demo's indicators are monthly: a quarterly and an annual one with long histories beside them.
            let save = SaveIndicator(dependencies: app.oversight.dependencies)
            for (code, frequency, periods) in [
                ("Q-TEST", Frequency.quarterly, (0..<18).map { ReportingPeriod.quarter(year: 2012 + $0 / 4, quarter: $0 % 4 + 1) }),
                ("A-TEST", Frequency.annual, (0..<16).map { ReportingPeriod.financialYear(2000 + $0) }),
            ] {
                let id = try await save.create(IndicatorDraft(
                    code: code, title: "Test \(frequency.rawValue) indicator", description: "Made by the test.", numerator: nil,
                    denominator: nil, unit: .count, polarity: .higherIsBetter, frequency: frequency, theme: "Test", source: nil,
                    ownerID: nil, dataQualityNote: nil, countsChildren: false), in: council.id, by: .commandLine, on: app.db)
                let figures = periods.enumerated().map { index, period in
                    IndicatorValue(indicatorID: id, period: period, numerator: nil, denominator: nil, value: Double(40 + index % 5),
                                   status: .validated, comment: nil)
                }
                try await UnitOfWork.seed(on: app.db) { change in
                    try await IndicatorStore.write(figures, newID: { UUID() }, at: Date(), on: change)
                }
            }
            let all = try await ScorecardController.models(council, on: app.db)
            let latest = try await ScorecardController.models(council, latest: Scorecard.trendMonths, on: app.db)
            #expect(all.contains { $0.values.count > Scorecard.trendMonths }, "the demo has indicators with longer histories")
            #expect(Set(all.map(\.indicator.frequency)).count > 1, "the demo has indicators of more than one frequency")
            #expect(all.map(\.indicator.id) == latest.map(\.indicator.id))
            for (whole, newest) in zip(all, latest) {
                #expect(newest.values == Array(whole.values.suffix(Scorecard.trendMonths)), "\(whole.indicator.code)")
                #expect(newest.summary == whole.summary, "\(whole.indicator.code) stands the same")
            }
        }
    }
}
