import Foundation
import OversightApp
import OversightDomain

/// The rules that run inside every page, timed alone: RAG ratings and directions of travel, the
/// small-number suppression of published counts, and the working-day rules for publishing papers.
struct BenchDomain {
    let timing: BenchTiming

    func run() async throws {
        timing.header("Rules", "Plain Swift, no database; each row is one batch.")
        try await timing.measure("RAG and direction of travel for 1,000,000 figures") {
            var red = 0
            for index in 0..<1_000_000 {
                let value = Double(index % 1000) / 10
                if RAG.evaluate(value, target: 60, tolerance: 5, polarity: index % 2 == 0 ? .higherIsBetter : .lowerIsBetter) == .red { red += 1 }
                if Direction.evaluate(value, from: 50, polarity: .higherIsBetter, threshold: 1) == .worsening { red += 1 }
            }
            BenchTiming.keep(red)
            return 0
        }
        let history: [IndicatorValue] = (0..<60).map { (month: Int) -> IndicatorValue in
            let code = "\(2012 + month / 12)-" + String(format: "%02d", month % 12 + 1)
            let figure = Double(40 + month % 30)
            return IndicatorValue(indicatorID: .init(UUID()), period: ReportingPeriod(code)!, numerator: figure,
                                  denominator: 100, value: figure, status: .validated, comment: nil)
        }
        let indicator = Indicator(id: .init(UUID()), councilID: .init(UUID()), code: "BENCH", title: "Benchmark", description: "",
                                  numerator: "n", denominator: "d", unit: .percentage, polarity: .higherIsBetter, frequency: .monthly,
                                  theme: "Benchmark", source: nil, ownerID: nil, dataQualityNote: nil, countsChildren: true)
        let targets = [IndicatorTarget(period: ReportingPeriod("2012-01")!, value: 60, tolerance: 5)]
        try await timing.measure("Scorecard summaries of 250 indicators with 60 figures each") {
            var rated = 0
            for _ in 0..<250 where IndicatorSummary(indicator: indicator, values: history, targets: targets, benchmarks: []).latest != nil {
                rated += 1
            }
            BenchTiming.keep(rated)
            return 0
        }
        try await timing.measure("Small-number suppression of a 1,000 x 12 table of counts") {
            let table: [[Int?]] = (0..<1000).map { row in (0..<12).map { column in (row * 7 + column * 3) % 40 } }
            BenchTiming.keep(SmallNumbers.suppress(table: table))
            return 0
        }
        let rules = PublicationRules(holidays: .englandAndWales)
        let first = CalendarDate(year: 2016, month: 1, day: 1)!.dayNumber
        try await timing.measure("Publication deadline for every day of 20 years (7,305 meetings)") {
            var late = 0
            for day in first..<(first + 7305) {
                let meeting = CalendarDate(dayNumber: day)
                if rules.isLate(published: CalendarDate(dayNumber: day - 6), meeting: meeting) { late += 1 }
                _ = rules.publishBy(meeting: meeting)
            }
            BenchTiming.keep(late)
            return 0
        }
    }
}
