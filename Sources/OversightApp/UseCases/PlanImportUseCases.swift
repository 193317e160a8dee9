import Fluent
import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

/// A tracker file's sheets as rows for `PlanImport`: every sheet of a workbook, or a CSV file as
/// one sheet named after the file.
enum PlanImportSource {
    struct Sheet {
        var name: String
        var isHidden: Bool
        var rows: [PlanImport.Row]
    }

    static func sheets(_ data: Data, fileName: String) throws -> [Sheet] {
        if ImportTable.isWorkbook([UInt8](data.prefix(4))) {
            return try XlsxReader.read(data).sheets.map { sheet in
                Sheet(name: sheet.name, isHidden: sheet.isHidden, rows: sheet.rows.map { .init(number: $0.number, cells: $0.cells) })
            }
        }
        // A file named as a workbook that is not one is refused as such, not read as text.
        if [".xlsx", ".xlsm"].contains(where: { fileName.lowercased().hasSuffix($0) }) { throw WorkbookProblem.notAWorkbook }
        switch CSVTable.lines([UInt8](data)) {
        case let .failure(problem):
            throw OversightAdmin.Problem.message(problem.description)
        case let .success(lines):
            let name = (fileName as NSString).lastPathComponent
            return [Sheet(name: name, isHidden: false,
                          rows: lines.map { .init(number: $0.line, cells: $0.fields.map { $0.isEmpty ? .empty : .text($0) }) })]
        }
    }
}

/// Creates a draft plan from a preview without problems, all in one transaction: anyone the user
/// chose to add to the people directory, the plan, its priorities and actions numbered as the
/// preview numbered them, and the file's ratings with their updates as the accepted updates of
/// a closed period, so the plan starts with the history the tracker had. The plan is a draft, so
/// it is checked, consulted on and approved as any other plan.
struct ImportPlan {
    var dependencies: Dependencies

    enum Refusal: Error, Equatable { case notReady }

    /// The month an import's ratings are recorded for unless the user says otherwise: the last
    /// whole month, which a tracker brought in today most likely reports.
    static func defaultRatingsMonth(today: CalendarDate) -> CalendarDate { today.firstOfMonth.adding(months: -1) }

    /// - Parameters:
    ///   - newPeople: people the preview was given who are not yet in the directory; they are added first.
    ///   - ratingsMonth: the month whose accepted updates the file's ratings become; nil records none.
    ///   - claim: run first inside the transaction; the browser removes the uploaded file there, so a
    ///     second confirmation of the same file fails and writes nothing.
    func callAsFunction(_ preview: PlanImport.Preview, title: String, source: String, newPeople: [Person] = [],
                        ratingsMonth: CalendarDate? = nil, in council: Council.ID, by actor: Actor,
                        claim: (@Sendable (any Database) async throws -> Void)? = nil,
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
        try await db.transaction { tx in
            try await claim?(tx)
            for person in newPeople {
                let added = PersonDraft(name: person.name, jobTitle: nil, telephone: nil, email: person.email)
                try await PersonStore.create(added, id: person.id, in: council, at: now, on: tx)
                try await Audit.write(actor.record("person.create", "person", id: person.id.description, after: Audit.json(added)),
                                      on: tx, dependencies: dependencies)
            }
            try await PlanStore.create(draft, id: id, in: council, at: now, newID: dependencies.newID, on: tx)
            var updates: [(id: UUID, action: PlanAction.ID, period: UpdatePeriod.ID, draft: UpdateDraft, author: String,
                           at: Date, state: UpdateState)] = []
            let period = UpdatePeriod.ID(dependencies.newID())
            for imported in preview.priorities {
                let priority = Priority(id: .init(dependencies.newID()), planID: id, number: imported.number, title: imported.title,
                                        outcome: nil, leadID: nil, version: 1)
                try await PlanStore.createPriority(PriorityDraft(number: priority.number, title: priority.title, outcome: nil, leadID: nil),
                                                   id: priority.id, in: id, at: now, on: tx)
                let drafts = imported.actions.map { action in
                    (id: PlanAction.ID(dependencies.newID()),
                     draft: ActionDraft(number: action.number, what: action.what, how: action.how, leadID: action.lead,
                                        startDate: action.startDate, dueDate: action.dueDate, revisedDueDate: nil,
                                        revisionReason: nil, successMeasures: action.successMeasures,
                                        status: action.rating == .blue ? .completed : .notStarted, recommendationIDs: [],
                                        withdrawalReason: nil))
                }
                try await PlanStore.createActions(drafts, in: priority, at: now, on: tx)
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
                try await UpdateStore.openPeriod(period, plan: id, month: month, deadline: deadline, at: now, on: tx)
                try await UpdateStore.setOpen(period, false, on: tx)
                try await UpdateStore.insertHistory(updates, plan: id, on: tx)
            }
            let recorded = ratingsMonth.map { rated > 0 ? "; \(counted(rated, "rating")) recorded for \(UKDateFormat.monthAndYear($0))" : "" } ?? ""
            try await Audit.write(actor.record("plan.import", "plan", id: id.description,
                                               after: "\(counted(preview.priorities.count, "priority", "priorities")) and \(counted(actions.count, "action")) from \(source)\(recorded)"),
                                  on: tx, dependencies: dependencies)
        }
        return id
    }
}

/// The mapping a command-line import reads from JSON: the sheet, the header row, each field's
/// column by letter ("B") or by its header text ("Due date"), and what split ratings mean.
///
///     {"sheet": "Action tracker", "headerRow": 2,
///      "columns": {"reference": "A", "action": "Action", "lead": "C", "due-date": "D", "rating": "E"},
///      "ratings": {"A/G": "amber"}}
struct PlanImportMappingFile: Codable, Equatable {
    var sheet: String?
    var headerRow: Int
    var columns: [String: String]
    var ratings: [String: String]?

    init(sheet: String?, _ mapping: PlanImport.Mapping) {
        self.sheet = sheet
        headerRow = mapping.headerRow
        columns = Dictionary(uniqueKeysWithValues: mapping.columns.map { ($0.key.rawValue, ColumnLetters.name($0.value)) })
        ratings = mapping.ratings.isEmpty ? nil : mapping.ratings.mapValues { $0?.rawValue ?? "none" }
    }

    /// The mapping for these rows; every unknown field, column or rating is named.
    func mapping(for rows: [PlanImport.Row]) throws -> PlanImport.Mapping {
        let header = rows.first { $0.number == headerRow }
        var mapped: [PlanImport.Field: Int] = [:]
        for (name, column) in columns.sorted(by: { $0.key < $1.key }) {
            guard let field = PlanImport.Field(rawValue: name) else {
                throw OversightAdmin.Problem.message("the mapping's column \"\(name)\" is not a field; the fields are "
                    + PlanImport.Field.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if let index = (0..<702).first(where: { ColumnLetters.name($0) == column.uppercased() }) {
                mapped[field] = index
            } else if let index = header?.cells.firstIndex(where: { $0.shown?.lowercased() == column.lowercased() }) {
                mapped[field] = index
            } else {
                throw OversightAdmin.Problem.message("the mapping puts \(name) in column \"\(column)\", which is neither a column letter nor a heading in row \(headerRow)")
            }
        }
        var ratings: [String: Rating?] = [:]
        for (written, meaning) in self.ratings ?? [:] {
            if meaning.lowercased() == "none" { ratings[written] = .some(nil); continue }
            guard let rating = Rating(rawValue: meaning.lowercased()) else {
                throw OversightAdmin.Problem.message("the mapping says rating \"\(written)\" means \"\(meaning)\"; use red, amber, green, blue or none")
            }
            ratings[written] = rating
        }
        return PlanImport.Mapping(headerRow: headerRow, columns: mapped, ratings: ratings)
    }
}
