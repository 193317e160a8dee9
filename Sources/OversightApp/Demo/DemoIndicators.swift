import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Northshire's scorecard: the standard indicators with monthly figures from April 2015 to
/// October 2017 that tell the story: weak before the inspection, improving once the plan starts
/// in spring 2016 (re-referrals falling from about 30% towards 22%, assessments in timescale
/// rising, caseloads and agency use falling slowly). Figures to September 2017 are validated;
/// October's are provisional. The same every time.
enum DemoIndicators {
    /// Where each indicator starts (spring 2015) and where it has got to by October 2017.
    static let story: [String: (start: Double, end: Double, target: Double, tolerance: Double)] = [
        "CIN-REREF": (30, 22.5, 22, 2),
        "CIN-ASSESS45": (64, 84, 85, 3),
        "CP-ICPC15": (58, 79, 80, 5),
        "CP-2YEARS": (7.5, 4.6, 4.5, 1),
        "CP-REPEAT": (27, 22, 22, 2),
        "CP-VISIT10": (71, 93, 95, 3),
        "CLA-3PLACE": (13, 10.5, 10, 1),
        "CLA-STABLE": (61, 67, 68, 2),
        "CLA-VISIT": (76, 94, 95, 3),
        "CL-ACCOM": (78, 86, 85, 3),
        "CL-EET": (44, 53, 55, 3),
        "WF-CASELOAD": (24, 17.5, 16, 1.5),
        "WF-AGENCY": (31, 21, 18, 3),
        "WF-VACANCY": (26, 19, 18, 2),
    ]

    static func seed(council: Council.ID, on db: any Database, dependencies: Dependencies) async throws {
        var months: [ReportingPeriod] = []
        var period = ReportingPeriod.month(year: 2015, month: 4)
        while period <= .month(year: 2017, month: 10) {
            months.append(period)
            if case let .month(year, month) = period {
                period = month == 12 ? .month(year: year + 1, month: 1) : .month(year: year, month: month + 1)
            }
        }
        var values: [IndicatorValue] = []
        for (index, definition) in StandardIndicators.catalogue.enumerated() {
            guard let story = story[definition.code] else { continue }
            let indicator = Indicator(id: .init(dependencies.newID()), councilID: council, definition,
                                      source: definition.theme == "Workforce" ? "Northshire workforce returns"
                                          : "Northshire children's social care record")
            try await IndicatorStore.add(indicator, at: dependencies.now(), on: db)
            for (year, target) in [(2015, story.start), (2016, (story.start + story.target) / 2), (2017, story.target)] {
                try await IndicatorStore.setTarget(IndicatorTarget(period: .financialYear(year), value: target.rounded(to: 1),
                                                                   tolerance: story.tolerance),
                                                   of: indicator.id, id: dependencies.newID(), on: db)
            }
            // England from PRODUCT.md's recent figure (or the target where it has none), the statistical
            // neighbours a little behind England, closing the gap as the sector improves.
            let england = definition.england ?? story.target
            for (offset, year) in [2015, 2016, 2017].enumerated() {
                let gap = story.end > story.start ? -2.0 + Double(offset) * 0.5 : 2.0 - Double(offset) * 0.5
                try await IndicatorStore.setBenchmark(
                    IndicatorBenchmark(year: year, england: england, neighbours: (england + gap * (definition.unit == .ratio ? 0.5 : 1)).rounded(to: 1),
                                       region: nil, source: "DfE children's social care statistics"),
                    of: indicator.id, id: dependencies.newID(), on: db)
            }
            for (m, month) in months.enumerated() {
                // Flat until the plan starts in April 2016 (month 12), then steady progress.
                let progress = min(1, max(0, Double(m - 12) / Double(months.count - 13)))
                let wobble = Double(((m + index) * 37) % 7 - 3) * (story.end - story.start) / 60
                let value = story.start + (story.end - story.start) * progress + wobble
                let denominator: Double = definition.unit == .ratio ? 100 + Double((m * 7 + index) % 9)
                    : Double(150 + ((m * 13 + index * 17) % 60))
                let numerator = definition.unit == .ratio ? (value * denominator).rounded()
                    : (value / 100 * denominator).rounded()
                guard let computed = definition.unit.value(numerator: numerator, denominator: denominator) else { continue }
                values.append(IndicatorValue(indicatorID: indicator.id, period: month, numerator: numerator,
                                             denominator: denominator, value: computed,
                                             status: m == months.count - 1 ? .provisional : .validated,
                                             comment: m == months.count - 1 ? "Provisional: validation closes on 20 November 2017" : nil))
            }
        }
        try await IndicatorStore.write(values, newID: dependencies.newID, at: dependencies.now(), on: db)
    }
}

extension Double {
    func rounded(to places: Int) -> Double {
        let scale = (0..<places).reduce(1.0) { value, _ in value * 10 }
        return (self * scale).rounded() / scale
    }
}
