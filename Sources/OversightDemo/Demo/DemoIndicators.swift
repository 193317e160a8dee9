import Fluent
import Foundation
import OversightApp
import OversightDomain
import OversightStore

/// Northshire's scorecard: the standard indicators with monthly figures from April 2015 to
/// October 2017 that tell the story: weak before the inspection, improving once the plan starts
/// in spring 2016 (re-referrals falling from about 30% towards 22%, assessments in timescale
/// rising, caseloads and agency use falling slowly). Figures to September 2017 are validated;
/// October's are provisional. Twelve local indicators join the standard ones, two of them counts
/// (private fostering notifications are small enough to show the small-number rules at work).
/// The same every time.
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
        "CIN-STRAT": (55, 88, 90, 5),
        "PF-NOTIFIED": (2, 5, 4, 1),
        "CLA-HEALTH": (72, 91, 95, 5),
        "CLA-PEP": (68, 90, 95, 5),
        "CLA-DIST20": (24, 17, 15, 3),
        "MISS-RHI72": (35, 78, 85, 5),
        "MISS-EPISODES": (60, 38, 40, 5),
        "CL-PATHWAY": (58, 89, 95, 5),
        "WF-SUPERVISION": (61, 92, 95, 5),
        "WF-TURNOVER": (22, 16, 15, 2),
        "QA-GOOD": (18, 41, 50, 5),
        "QA-INADEQUATE": (31, 9, 10, 3),
    ]

    /// Northshire's own indicators, beside the standard ones.
    static let local: [IndicatorDefinition] = [
        .init(code: "CIN-STRAT", title: "Strategy discussions held within one working day of the decision to hold one",
              numerator: "Strategy discussions held within one working day", denominator: "Strategy discussions held",
              unit: .percentage, polarity: .higherIsBetter, frequency: .monthly, theme: "Help and protection", england: nil,
              countsChildren: true),
        .init(code: "PF-NOTIFIED", title: "Private fostering arrangements notified",
              numerator: "New private fostering arrangements notified in the month", denominator: "",
              unit: .count, polarity: .higherIsBetter, frequency: .monthly, theme: "Help and protection", england: nil,
              countsChildren: true),
        .init(code: "CLA-HEALTH", title: "Children in care with an up-to-date health assessment",
              numerator: "Children with a health assessment in the last 12 months", denominator: "Children in care for 12 months or more",
              unit: .percentage, polarity: .higherIsBetter, frequency: .monthly, theme: "Children in care", england: 89,
              countsChildren: true),
        .init(code: "CLA-PEP", title: "Children in care with an up-to-date personal education plan",
              numerator: "Children of school age with a personal education plan reviewed this term",
              denominator: "Children in care of school age", unit: .percentage, polarity: .higherIsBetter, frequency: .monthly,
              theme: "Children in care", england: nil, countsChildren: true),
        .init(code: "CLA-DIST20", title: "Children in care placed more than 20 miles from home",
              numerator: "Children placed more than 20 miles from home", denominator: "Children in care",
              unit: .percentage, polarity: .lowerIsBetter, frequency: .monthly, theme: "Children in care", england: 16,
              countsChildren: true),
        .init(code: "MISS-RHI72", title: "Return home interviews within 72 hours of a missing child's return",
              numerator: "Interviews held within 72 hours", denominator: "Returns from a missing episode",
              unit: .percentage, polarity: .higherIsBetter, frequency: .monthly, theme: "Children in care", england: nil,
              countsChildren: true),
        .init(code: "MISS-EPISODES", title: "Missing episodes of children in care",
              numerator: "Episodes in the month when a child in care was missing", denominator: "",
              unit: .count, polarity: .lowerIsBetter, frequency: .monthly, theme: "Children in care", england: nil,
              countsChildren: true),
        .init(code: "CL-PATHWAY", title: "Care leavers with an up-to-date pathway plan",
              numerator: "Care leavers whose pathway plan was reviewed in the last six months", denominator: "Care leavers aged 16 to 21",
              unit: .percentage, polarity: .higherIsBetter, frequency: .monthly, theme: "Care leavers", england: nil,
              countsChildren: true),
        .init(code: "WF-SUPERVISION", title: "Social workers supervised in the month",
              numerator: "Social workers with recorded supervision in the month", denominator: "Case-holding social workers",
              unit: .percentage, polarity: .higherIsBetter, frequency: .monthly, theme: "Workforce", england: nil,
              countsChildren: false),
        .init(code: "WF-TURNOVER", title: "Social worker turnover over 12 months",
              numerator: "Social workers who left in the last 12 months", denominator: "Social workers in post",
              unit: .percentage, polarity: .lowerIsBetter, frequency: .monthly, theme: "Workforce", england: 15.4,
              countsChildren: false),
        .init(code: "QA-GOOD", title: "Audited cases rated good or better",
              numerator: "Cases audited and rated good or outstanding", denominator: "Cases audited",
              unit: .percentage, polarity: .higherIsBetter, frequency: .monthly, theme: "Quality of practice", england: nil,
              countsChildren: true),
        .init(code: "QA-INADEQUATE", title: "Audited cases rated inadequate",
              numerator: "Cases audited and rated inadequate", denominator: "Cases audited",
              unit: .percentage, polarity: .lowerIsBetter, frequency: .monthly, theme: "Quality of practice", england: nil,
              countsChildren: true),
    ]

    /// The council's region and ten statistical neighbours: fictional, like Northshire.
    static let comparators = Comparators(region: "North West", neighbours: [
        "Eastshire", "Westmoor", "Southdale", "Fenland Vale", "Highcliffe", "Marshbury", "Oakfield", "Riverton",
        "Stonebridge", "Wealdon",
    ], version: 0)

    /// Which plan actions aim to move which indicators, by the start of the action's wording.
    static let links: [String: [String]] = [
        "CIN-REREF": ["Review the multi-agency threshold document", "Record the reason for every decision made at the front door"],
        "CIN-ASSESS45": ["Bring assessments completed within 45 working days", "Introduce a single assessment framework"],
        "CIN-STRAT": ["Bring police and health staff into the safeguarding hub"],
        "CP-REPEAT": ["Make child protection plans specific"],
        "CP-2YEARS": ["Hold core groups every six weeks"],
        "CLA-STABLE": ["Agree a permanence plan for every child", "Publish a placement sufficiency strategy"],
        "CLA-3PLACE": ["Publish a placement sufficiency strategy"],
        "MISS-RHI72": ["Offer every missing child an interview within 72 hours", "Commission an independent return home interview service"],
        "MISS-EPISODES": ["Review children missing three or more times"],
        "CL-ACCOM": ["Agree a supported lodgings scheme"],
        "CL-EET": ["Offer apprenticeships in the council to care leavers"],
        "CL-PATHWAY": ["Review every pathway plan with the young person"],
        "WF-CASELOAD": ["Bring average caseloads below 20"],
        "WF-AGENCY": ["Reduce the agency rate below 20 per cent", "Launch a recruitment campaign"],
        "WF-VACANCY": ["Launch a recruitment campaign"],
        "WF-TURNOVER": ["Agree a retention payment and career pathway"],
        "WF-SUPERVISION": ["Publish a supervision policy"],
        "QA-GOOD": ["Run a monthly case audit programme"],
    ]

    static func seed(council: Council.ID, on db: any Database, dependencies: Dependencies) async throws {
        try await UnitOfWork.seed(on: db) { change in
            let db = change.db
            var months: [ReportingPeriod] = []
            var period = ReportingPeriod.month(year: 2015, month: 4)
            while period <= .month(year: 2017, month: 10) {
                months.append(period)
                if case let .month(year, month) = period {
                    period = month == 12 ? .month(year: year + 1, month: 1) : .month(year: year, month: month + 1)
                }
            }
            var values: [IndicatorValue] = []
            try await ComparatorStore.save(comparators, of: council, expectedVersion: 0, at: dependencies.now(), on: change)
            var actions: [PlanAction] = []
            for plan in try await PlanStore.plans(in: council, on: db) {
                actions += try await PlanStore.find(plan.id, in: council, on: db)?.actions ?? []
            }
            for (index, definition) in (StandardIndicators.catalogue + local).enumerated() {
                guard let story = story[definition.code] else { continue }
                let indicator = Indicator(id: .init(dependencies.newID()), councilID: council, definition,
                                          source: definition.theme == "Workforce" ? "Northshire workforce returns"
                                              : "Northshire children's social care record")
                try await IndicatorStore.add(indicator, at: dependencies.now(), on: change)
                for start in links[definition.code] ?? [] {
                    for action in actions where action.what.hasPrefix(start) {
                        try await IndicatorStore.link(indicator.id, to: action.id, at: dependencies.now(), on: change)
                    }
                }
                for (year, target) in [(2015, story.start), (2016, (story.start + story.target) / 2), (2017, story.target)] {
                    try await IndicatorStore.setTarget(IndicatorTarget(period: .financialYear(year), value: target.rounded(to: 1),
                                                                       tolerance: story.tolerance),
                                                       of: indicator.id, id: dependencies.newID(), on: change)
                }
                // England from PRODUCT.md's recent figure (or the target where it has none), the statistical
                // neighbours a little behind England, closing the gap as the sector improves.
                // Counts are the council's own and have no comparators.
                if definition.unit != .count {
                    let england = definition.england ?? story.target
                    for (offset, year) in [2015, 2016, 2017].enumerated() {
                        let gap = story.end > story.start ? -2.0 + Double(offset) * 0.5 : 2.0 - Double(offset) * 0.5
                        let neighbours = (england + gap * (definition.unit == .ratio ? 0.5 : 1)).rounded(to: 1)
                        try await IndicatorStore.setBenchmark(
                            IndicatorBenchmark(year: year, england: definition.england, neighbours: neighbours,
                                               region: ((england + neighbours) / 2).rounded(to: 1),
                                               source: definition.england == nil ? "Regional benchmarking club" : "DfE children's social care statistics"),
                            of: indicator.id, id: dependencies.newID(), on: change)
                    }
                }
                for (m, month) in months.enumerated() {
                    // Flat until the plan starts in April 2016 (month 12), then steady progress.
                    let progress = min(1, max(0, Double(m - 12) / Double(months.count - 13)))
                    let wobble = Double(((m + index) * 37) % 7 - 3) * (story.end - story.start) / 60
                    let value = story.start + (story.end - story.start) * progress + wobble
                    let status: ValueStatus = m == months.count - 1 ? .provisional : .validated
                    let comment = m == months.count - 1 ? "Provisional: validation closes on 20 November 2017" : nil
                    if definition.unit == .count {
                        let count = value.rounded()
                        values.append(IndicatorValue(indicatorID: indicator.id, period: month, numerator: count, denominator: nil,
                                                     value: count, status: status, comment: comment))
                        continue
                    }
                    let denominator: Double = definition.unit == .ratio ? 100 + Double((m * 7 + index) % 9)
                        : Double(150 + ((m * 13 + index * 17) % 60))
                    let numerator = definition.unit == .ratio ? (value * denominator).rounded()
                        : (value / 100 * denominator).rounded()
                    guard let computed = definition.unit.value(numerator: numerator, denominator: denominator) else { continue }
                    values.append(IndicatorValue(indicatorID: indicator.id, period: month, numerator: numerator,
                                                 denominator: denominator, value: computed,
                                                 status: status, comment: comment))
                }
            }
            try await IndicatorStore.write(values, newID: dependencies.newID, at: dependencies.now(), on: change)
        }
    }
}

extension Double {
    func rounded(to places: Int) -> Double {
        let scale = (0..<places).reduce(1.0) { value, _ in value * 10 }
        return (self * scale).rounded() / scale
    }
}
