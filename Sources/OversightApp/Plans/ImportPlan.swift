import Fluent
import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

/// Creates a draft plan from a preview without problems, all in one transaction: anyone the user
/// chose to add to the people directory, the plan, its priorities and actions numbered as the
/// preview numbered them, and the file's ratings with their updates as the accepted updates of
/// a closed period, so the plan starts with the history the tracker had. The plan is a draft, so
/// it is checked, consulted on and approved as any other plan.
package struct ImportPlan {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    enum Refusal: Error, Equatable { case notReady }

    /// The month an import's ratings are recorded for unless the user says otherwise: the last
    /// whole month, which a tracker brought in today most likely reports.
    package static func defaultRatingsMonth(today: CalendarDate) -> CalendarDate { today.firstOfMonth.adding(months: -1) }

    /// - Parameters:
    ///   - newPeople: people the preview was given who are not yet in the directory; they are added first.
    ///   - ratingsMonth: the month whose accepted updates the file's ratings become; nil records none.
    ///   - claim: run first inside the transaction; the browser removes the uploaded file there, so a
    ///     second confirmation of the same file fails and writes nothing.
    package func callAsFunction(_ preview: PlanImport.Preview, title: String, source: String, newPeople: [Person] = [],
                                ratingsMonth: CalendarDate? = nil, in council: Council.ID, by actor: Actor,
                                claim: (@Sendable (Change) async throws -> Void)? = nil,
                                on db: any Database) async throws -> Plan.ID {
        guard preview.isReady else { throw Refusal.notReady }
        let actions = preview.priorities.flatMap(\.actions)
        let dates = actions.flatMap { [$0.startDate, $0.dueDate].compactMap { $0 } }
        let today = CalendarDate.inLondon(dependencies.now())
        let draft = PlanDraft(title: title, kind: .improvement, inspectionID: nil, ownerID: nil,
                              startDate: min(dates.min() ?? today, today), endDate: dates.max())
        let id = Plan.ID(dependencies.newID())
        let now = dependencies.now()
        let rated = preview.ratedCount
        try await Audit.changing(touching: [.council(council), .planRecord(id)], on: db, dependencies: dependencies) { change in
            try await claim?(change)
            for person in newPeople {
                let added = PersonDraft(name: person.name, jobTitle: nil, telephone: nil, email: person.email)
                try await PersonStore.create(added, id: person.id, in: council, at: now, on: change)
                change.audit(actor.record("person.create", "person", id: person.id.description, after: Audit.json(added)))
            }
            try await PlanStore.create(draft, id: id, in: council, at: now, newID: dependencies.newID, on: change)
            var updates: [(id: UUID, action: PlanAction.ID, period: UpdatePeriod.ID, draft: UpdateDraft, author: String,
                           at: Date, state: UpdateState)] = []
            let period = UpdatePeriod.ID(dependencies.newID())
            for imported in preview.priorities {
                let priority = Priority(id: .init(dependencies.newID()), planID: id, number: imported.number, title: imported.title,
                                        outcome: nil, leadID: nil, version: 1)
                try await PlanStore.createPriority(PriorityDraft(number: priority.number, title: priority.title, outcome: nil, leadID: nil),
                                                   id: priority.id, in: id, at: now, on: change)
                let drafts = imported.actions.map { action in
                    (id: PlanAction.ID(dependencies.newID()),
                     draft: ActionDraft(number: action.number, what: action.what, how: action.how, leadID: action.lead,
                                        startDate: action.startDate, dueDate: action.dueDate, revisedDueDate: nil,
                                        revisionReason: nil, successMeasures: action.successMeasures,
                                        status: action.rating == .blue ? .completed : .notStarted, recommendationIDs: [],
                                        withdrawalReason: nil))
                }
                try await PlanStore.createActions(drafts, in: priority, at: now, on: change)
                guard ratingsMonth != nil else { continue }
                for (action, made) in zip(imported.actions, drafts) {
                    guard let rating = action.rating else { continue }
                    updates.append((id: dependencies.newID(), action: made.id, period: period,
                                    draft: UpdateDraft(rating: rating, narrative: action.update ?? "Rated \(rating.word) in \(source).",
                                                       evidenceLinks: []),
                                    author: actor.label, at: now, state: .accepted))
                }
            }
            if let month = ratingsMonth?.firstOfMonth, !updates.isEmpty {
                let deadline = month.adding(months: 1).adding(days: -1)
                try await UpdateStore.openPeriod(period, plan: id, month: month, deadline: deadline, at: now, on: change)
                try await UpdateStore.setOpen(period, false, on: change)
                try await UpdateStore.insertHistory(updates, plan: id, on: change)
            }
            let recorded = ratingsMonth.map { rated > 0 ? "; \(counted(rated, "rating")) recorded for \(UKDateFormat.monthAndYear($0))" : "" } ?? ""
            change.audit(actor.record("plan.import", "plan", id: id.description,
                                      after: "\(counted(preview.priorities.count, "priority", "priorities")) and \(counted(actions.count, "action")) from \(source)\(recorded)"))
        }
        return id
    }
}
