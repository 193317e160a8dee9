import Fluent
import Foundation
import OversightDomain
import OversightStore

extension PlanSnapshot {
    /// The plan as it stands, with people and recommendations written out by name and number.
    package init(_ record: PlanRecord, inspection: InspectionRecord?, others: [InspectionRecord] = [],
                 people: [Person.ID: Person]) {
        var labels: [Recommendation.ID: String] = [:]
        for recommendation in inspection?.recommendations ?? [] { labels[recommendation.id] = String(recommendation.number) }
        for other in others {
            for recommendation in other.recommendations {
                labels[recommendation.id] = "\(other.inspection.title): \(recommendation.number)"
            }
        }
        let plan = record.plan
        self.init(
            title: plan.title, kind: plan.kind, inspection: inspection?.inspection.title,
            alsoAnswers: others.map(\.inspection.title),
            owner: plan.ownerID.flatMap { people[$0]?.name }, startDate: plan.startDate, endDate: plan.endDate,
            priorities: record.priorities.map { priority in
                Priority(number: priority.number, title: priority.title, outcome: priority.outcome,
                         lead: priority.leadID.flatMap { people[$0]?.name },
                         actions: record.actions(in: priority.id).map { action in
                             Action(reference: action.reference, what: action.what, how: action.how,
                                    lead: action.leadID.flatMap { people[$0]?.name }, startDate: action.startDate,
                                    dueDate: action.dueDate, revisedDueDate: action.revisedDueDate,
                                    revisionReason: action.revisionReason, successMeasures: action.successMeasures,
                                    status: action.status,
                                    recommendations: action.recommendationIDs.compactMap { labels[$0] }
                                        .sorted { ($0.count, $0) < ($1.count, $1) })
                         })
            })
    }
}

extension Plan {
    /// The inspection the plan answers first and the further ones, with their recommendations.
    package func inspections(on db: any Database) async throws -> (first: InspectionRecord?, further: [InspectionRecord]) {
        let found = try await InspectionStore.find([inspectionID].compactMap { $0 } + alsoAnswers, in: councilID, on: db)
        let first = found.first { $0.inspection.id == inspectionID }
        return (first, found.filter { $0.inspection.id != inspectionID })
    }
}
