import Fluent
import Foundation
import OversightApp
import OversightDomain
import OversightStore

/// The rest of `--scale N` beside the load-test plans: 25N indicators with 60 monthly figures
/// each, 50N risks with 20 reviews each, and a load-test board with 20N meetings (three items
/// and a decision each). At N=10: 250 indicators and 15,000 figures, 500 risks and 10,000
/// reviews, 200 meetings. Ids and values follow from N, as the plans' do.
extension DemoScale {
    struct FeatureFigures: Equatable {
        var indicators = 0
        var values = 0
        var risks = 0
        var reviews = 0
        var meetings = 0
    }

    static func seedFeatures(scale: Int, council: Council.ID, people: [Person], on db: any Database, now: Date) async throws -> FeatureFigures {
        var figures = FeatureFigures()
        guard scale > 0, !people.isEmpty else { return figures }
        let key = "scale-\(scale)"
        // Indicators: one transaction, the figures written in bulk as an import writes them.
        figures.values = try await UnitOfWork.seed(on: db) { change in
            var values: [IndicatorValue] = []
            for i in 1...(25 * scale) {
                let indicator = Indicator(id: .init(uuid("\(key)-indicator-\(i)")), councilID: council, code: "LT\(i)",
                                          title: "Load-test indicator \(i)", description: "Generated for performance work",
                                          numerator: "Cases in time", denominator: "All cases", unit: .percentage,
                                          polarity: i % 2 == 0 ? .higherIsBetter : .lowerIsBetter, frequency: .monthly,
                                          theme: "Load test \(i % 5 + 1)", source: nil, ownerID: people.isEmpty ? nil : people[i % people.count].id,
                                          dataQualityNote: nil, countsChildren: i % 4 == 0)
                try await IndicatorStore.add(indicator, at: now, on: change)
                for m in 0..<60 {
                    let month = (2013 * 12 + m)
                    let denominator = Double(40 + (i * 7 + m * 3) % 60)
                    let numerator = Double(Int(denominator * Double(50 + (i * 13 + m * 5) % 45) / 100))
                    values.append(IndicatorValue(indicatorID: indicator.id, period: .month(year: month / 12, month: month % 12 + 1),
                                                 numerator: numerator, denominator: denominator, value: numerator / denominator * 100,
                                                 status: .validated, comment: nil))
                }
            }
            var n = 0
            try await IndicatorStore.write(values, newID: { n += 1; return uuid("\(key)-value-\(n)") }, at: now, on: change)
            return values.count
        }
        figures.indicators = 25 * scale
        // Risks with a review a month for twenty months.
        figures.reviews = try await UnitOfWork.seed(on: db) { change in
            var written = 0
            for r in 1...(50 * scale) {
                let inherent = RiskScore(likelihood: 3 + r % 3, impact: 3 + (r / 3) % 3)!
                let id = Risk.ID(uuid("\(key)-risk-\(r)"))
                var current = inherent
                var reviews: [RiskReview] = []
                for m in 0..<20 {
                    let l = max(1, inherent.likelihood - (m + r) / 8), i = max(1, inherent.impact - (m + 2 * r) / 12)
                    current = RiskScore(likelihood: l, impact: i)!
                    reviews.append(RiskReview(id: .init(uuid("\(key)-risk-\(r)-review-\(m)")), riskID: id,
                                              date: DemoPlan.date(2016 + m / 12, m % 12 + 1, 1 + r % 20), current: current,
                                              target: RiskScore(likelihood: 1, impact: inherent.impact)!, commentary: "Review \(m + 1).",
                                              reviewer: "Load test"))
                }
                let risk = Risk(id: id, councilID: council, reference: "LT\(r)", title: "Load-test risk \(r)", cause: "Generated",
                                event: "Generated", consequence: "Generated", category: RiskCategory.allCases[r % RiskCategory.allCases.count],
                                ownerID: people[r % people.count].id, raisedOn: DemoPlan.date(2016, 1, 1), inherent: inherent, current: current,
                                target: RiskScore(likelihood: 1, impact: inherent.impact)!, proximity: .nearTerm,
                                lastReviewedOn: reviews.last?.date)
                try await RiskStore.create(risk, at: now, on: change)
                for review in reviews { try await RiskStore.addReview(review, at: now, on: change) }
                written += reviews.count
            }
            return written
        }
        figures.risks = 50 * scale
        // A board meeting every month, backwards from October 2017.
        try await UnitOfWork.seed(on: db) { change in
            let bodyID = GoverningBody.ID(uuid("\(key)-board"))
            try await BodyStore.create(BodyDraft(name: "Load-test board \(scale)", kind: .other, termsOfReference: "Generated", quorum: 2),
                                       id: bodyID, in: council, at: now, on: change)
            for m in 0..<(20 * scale) {
                let month = 2017 * 12 + 9 - m
                let meeting = Meeting(id: .init(uuid("\(key)-meeting-\(m)")), councilID: council, bodyID: bodyID,
                                      date: DemoPlan.date(month / 12, month % 12 + 1, 10), time: ClockTime(hour: 10, minute: 0)!,
                                      place: "Committee Room B", status: .minutesApproved)
                try await MeetingStore.create(meeting, at: now, on: change)
                for position in 1...3 {
                    let item = AgendaItem(id: .init(uuid("\(key)-meeting-\(m)-item-\(position)")), meetingID: meeting.id, position: position,
                                          title: "Item \(position)", part: .partI, exemption: nil, reportID: nil, papers: [],
                                          discussion: "Discussed.")
                    try await MeetingStore.addItem(item, at: now, on: change)
                    if position == 2 {
                        try await MeetingStore.addDecision(Decision(id: .init(uuid("\(key)-meeting-\(m)-decision")), meetingID: meeting.id,
                                                                    itemID: item.id, number: 1, text: "Noted.", reasons: "Generated",
                                                                    alternatives: nil, votes: nil), at: now, on: change)
                    }
                }
            }
        }
        figures.meetings = 20 * scale
        return figures
    }
}
