import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

/// The lists as workbooks: the same rows the pages and CSV files give, as typed cells. Each is
/// built from the model its page uses, so what a viewer may not see on the page (Part II, small
/// numbers) is not in the file either.
enum SpreadsheetExports {
    private typealias Cell = Spreadsheet.Cell
    private typealias Column = Spreadsheet.Column

    private static let actionColumns: [Column] = [
        .init("Reference", width: 11), .init("Priority", width: 28), .init("Action", width: 60), .init("Lead officer", width: 22),
        .init("Start date", width: 12), .init("Due date", width: 12), .init("Revised due date", width: 12), .init("Revisions", width: 10),
        .init("Status", width: 14), .init("Latest rating", width: 13), .init("Exceptions", width: 30),
    ]

    private static func actionRow(_ action: PlanAction, _ model: PlanPageModel) -> [Cell] {
        let priority = model.record.priorities.first { $0.id == action.priorityID }
        return [.text(action.reference), .text(priority.map { "\($0.number). \($0.title)" }), .text(action.what),
                .text(model.name(action.leadID)), .date(action.startDate), .date(action.dueDate), .date(action.revisedDueDate),
                .integer(action.revisionCount), .text(action.status.label), .text(model.latestRating(action.id)?.word),
                .text(model.exceptions(action).map(\.label).joined(separator: "; "))]
    }

    /// Every action on the first sheet, then one sheet per priority.
    static func actions(_ model: PlanPageModel) -> Spreadsheet {
        let plan = model.record.plan
        var sheets = [Spreadsheet.Sheet(name: "All actions", columns: actionColumns,
                                        rows: model.record.actions.map { actionRow($0, model) })]
        for priority in model.record.priorities {
            sheets.append(.init(name: "\(priority.number). \(priority.title)", columns: actionColumns,
                                rows: model.record.actions(in: priority.id).map { actionRow($0, model) }))
        }
        return Spreadsheet(title: "\(plan.title): actions", sheets: sheets)
    }

    static func exceptions(_ model: PlanPageModel) -> Spreadsheet {
        Spreadsheet(title: "\(model.record.plan.title): exceptions", sheets: [
            .init(name: "Exceptions", columns: actionColumns,
                  rows: model.record.actions.filter { !model.exceptions($0).isEmpty }.map { actionRow($0, model) }),
        ])
    }

    /// One row per recommendation, with the actions that answer it.
    static func coverage(_ model: PlanPageModel) -> Spreadsheet {
        let inspections = [model.inspection].compactMap { $0 } + model.otherInspections
        let rows: [[Cell]] = inspections.flatMap { record in
            record.recommendations.map { recommendation in
                let answering = model.record.actions.filter { $0.recommendationIDs.contains(recommendation.id) }
                return [.text(record.inspection.title), .integer(recommendation.number), .text(recommendation.text),
                        .integer(answering.count),
                        .text(answering.isEmpty ? "No action" : answering.map { "\($0.reference) (\($0.status.label))" }.joined(separator: "; "))]
            }
        }
        return Spreadsheet(title: "\(model.record.plan.title): coverage", sheets: [
            .init(name: "Coverage", columns: [.init("Inspection", width: 30), .init("No.", width: 6), .init("Recommendation", width: 70),
                                              .init("Actions", width: 9), .init("Answered by", width: 40)], rows: rows),
        ])
    }

    /// A figure as its cell: a percentage as a share, so that it is formatted as one.
    private static func figure(_ value: Double?, _ unit: IndicatorUnit) -> Cell {
        guard let value else { return .empty }
        return unit == .percentage ? .percentage(value / 100) : .number(value)
    }

    /// The scorecard's latest figures, then every figure in the import's own columns.
    static func scorecard(_ models: [IndicatorPageModel]) -> Spreadsheet {
        let latest: [[Cell]] = models.map { model in
            let summary = model.summary, indicator = model.indicator, unit = indicator.unit
            return [.text(indicator.code), .text(indicator.title), .text(indicator.theme), .text(unit.label),
                    .text(summary.latest?.period.label), figure(summary.latest?.value, unit), figure(summary.target?.value, unit),
                    .text(summary.rag?.label), .text(summary.sincePrevious?.label), .text(summary.sinceYearBefore?.label),
                    figure(summary.benchmark?.england, unit), figure(summary.benchmark?.neighbours, unit)]
        }
        let figures: [[Cell]] = models.flatMap { model in
            model.values.map { value in
                [.text(model.indicator.code), .text(value.period.code), .number(value.numerator), .number(value.denominator),
                 figure(value.value, model.indicator.unit), .text(value.status.rawValue), .text(value.comment)]
            }
        }
        return Spreadsheet(title: "Scorecard", sheets: [
            .init(name: "Latest figures", columns: [
                .init("Code", width: 12), .init("Indicator", width: 50), .init("Theme", width: 26), .init("Unit", width: 14),
                .init("Latest period", width: 16), .init("Latest", width: 10), .init("Target", width: 10), .init("Rating", width: 10),
                .init("Since the period before", width: 14), .init("Since a year before", width: 14),
                .init("England", width: 10), .init("Neighbours", width: 11),
            ], rows: latest),
            .init(name: "Every figure", columns: [
                .init("indicator_code", width: 14), .init("period", width: 10), .init("numerator", width: 11),
                .init("denominator", width: 12), .init("value", width: 10), .init("status", width: 11), .init("comment", width: 40),
            ], rows: figures),
        ])
    }

    static func risks(_ model: RiskRegisterModel) -> Spreadsheet {
        let rows: [[Cell]] = model.risks.map { risk in
            func score(_ s: RiskScore) -> [Cell] { [.integer(s.value), .text(model.scale.band(s).name)] }
            let plan = (model.links.planActions[risk.id] ?? []).compactMap { model.planActions[$0]?.reference }.sorted()
            let board = (model.links.boardActions[risk.id] ?? []).compactMap { model.boardActions[$0]?.reference }.sorted()
            return [.text(risk.reference), .text(risk.title), .text(risk.category.label), .text(risk.status.label),
                    .text(model.name(risk.ownerID)), .date(risk.raisedOn)] + score(risk.inherent) + score(risk.current)
                + score(risk.target) + [.text(risk.proximity.label), .date(risk.lastReviewedOn), .date(risk.reviewDue),
                                        .text(risk.isReviewOverdue(on: model.today) ? "Yes" : "No"), .text(model.movement(risk).label),
                                        .text((plan + board).joined(separator: "; ")), .text(model.troubles(risk).joined(separator: "; "))]
        }
        return Spreadsheet(title: "Risk register", sheets: [.init(name: "Risk register", columns: [
            .init("Reference", width: 10), .init("Risk", width: 50), .init("Category", width: 18), .init("Status", width: 10),
            .init("Owner", width: 22), .init("Raised", width: 12), .init("Inherent score", width: 9), .init("Inherent band", width: 10),
            .init("Current score", width: 9), .init("Current band", width: 10), .init("Target score", width: 9),
            .init("Target band", width: 10), .init("Proximity", width: 14), .init("Last reviewed", width: 12),
            .init("Next review due", width: 12), .init("Review overdue", width: 9), .init("Movement", width: 12),
            .init("Mitigating actions", width: 24), .init("Actions needing attention", width: 30),
        ], rows: rows)])
    }

    static func boardActions(_ actions: [BoardAction], bodies: [GoverningBody.ID: GoverningBody],
                             people: [Person.ID: Person], today: CalendarDate) -> Spreadsheet {
        let rows: [[Cell]] = actions.map { action in
            [.text(action.reference), .text(bodies[action.bodyID]?.name), .text(action.what), .text(people[action.ownerID]?.name),
             .date(action.due), .text(action.isOpen ? (action.due < today ? "Overdue" : "Open") : "Closed"),
             .date(action.closedOn), .text(action.closingNote)]
        }
        return Spreadsheet(title: "Action log", sheets: [.init(name: "Action log", columns: [
            .init("Reference", width: 11), .init("Body", width: 26), .init("Action", width: 60), .init("Owner", width: 22),
            .init("Due", width: 12), .init("Status", width: 10), .init("Closed", width: 12), .init("Closing note", width: 40),
        ], rows: rows)])
    }

    static func audit(_ entries: [AuditEntry]) -> Spreadsheet {
        let rows: [[Cell]] = entries.map { entry in
            [.integer(entry.seq), .date(CalendarDate.inLondon(entry.at)), .text(UKDateTime.time(entry.at)), .text(entry.record.actor),
             .text(entry.record.action), .text(entry.record.entityType), .text(entry.record.entityID), .text(entry.record.address),
             .text(entry.record.before), .text(entry.record.after)]
        }
        return Spreadsheet(title: "Audit trail", sheets: [.init(name: "Audit trail", columns: [
            .init("No.", width: 8), .init("Date", width: 12), .init("Time", width: 9), .init("Who", width: 28), .init("Action", width: 26),
            .init("Record", width: 16), .init("Record id", width: 38), .init("Address", width: 16), .init("Before", width: 50),
            .init("After", width: 50),
        ], rows: rows)])
    }
}
