import Fluent
import SQLKit

/// New rows written many to a statement with their values listed in column order, for the writes
/// of thousands (a 10,000-row tracker's actions and ratings, the load-test demo's history).
/// Fluent's own `create` of a batch finds every model's fields and timestamps by reflection, which
/// was most of the time a tracker import took (`docs/performance.md`). Each model that is written
/// this way lists its columns once, beside its fields, and its values in the same order.
enum RowInserts {
    static func insert(into table: String, columns: [String], rows: [[any SQLExpression]], batch: Int = 200,
                       on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        for start in stride(from: 0, to: rows.count, by: batch) {
            var insert = sql.insert(into: table).columns(columns)
            for row in rows[start..<min(start + batch, rows.count)] {
                guard row.count == columns.count else {
                    throw StoreError.corrupt("a row for \(table) has \(row.count) values for \(columns.count) columns")
                }
                insert = insert.values(row)
            }
            try await insert.run()
        }
    }
}

/// A value as its own bind, and nil as SQL's NULL, so that each driver sees the value's own type
/// rather than an optional of it.
private func value<T: Encodable & Sendable>(_ value: T) -> any SQLExpression { SQLBind(value) }
private func value<T: Encodable & Sendable>(_ value: T?) -> any SQLExpression { value.map { SQLBind($0) } ?? SQLLiteral.null }

extension PlanActionModel {
    /// The columns `insertValues` lists, in its order: every column a new action is written with.
    static let insertColumns = [
        "id", "priority_id", "plan_id", "reference", "what", "how", "lead_id", "start_date", "due_date", "revised_due_date",
        "revision_reason", "revision_count", "success_measures", "status", "position", "withdrawal_reason", "carried_from_id",
        "version", "created_at", "updated_at",
    ]

    var insertValues: [any SQLExpression] {
        [value(id), value($priority.id), value(planID), value(reference), value(what), value(how), value($lead.id),
         value(startDate), value(dueDate), value(revisedDueDate), value(revisionReason), value(revisionCount),
         value(successMeasures), value(status), value(position), value(withdrawalReason), value(carriedFromID),
         value(version), value(createdAt), value(updatedAt)]
    }
}

extension ActionUpdateModel {
    /// The columns `insertValues` lists, in its order: every column a new update is written with.
    static let insertColumns = [
        "id", "action_id", "plan_id", "period_id", "rating", "narrative", "evidence_links", "definitions", "submitted_by",
        "submitted_at", "state", "review_comment", "reviewed_by", "corrects_id",
    ]

    var insertValues: [any SQLExpression] {
        [value(id), value($action.id), value(planID), value($period.id), value(rating), value(narrative), value(evidenceLinks),
         value(definitions), value(submittedBy), value(submittedAt), value(state), value(reviewComment), value(reviewedBy),
         value(correctsID)]
    }
}
