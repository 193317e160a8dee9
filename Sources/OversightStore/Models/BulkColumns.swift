import Fluent
import Foundation

// The columns and values of the models written many at a time by `BulkRows` (a 10,000-row
// tracker's actions and ratings, the load-test demo's history), each listed once beside the
// model's fields and filled by the same initialiser a single row is made with.

extension PlanActionModel {
    /// The columns `insertValues` lists, in its order: every column a new action is written with.
    static let insertColumns = [
        "id", "priority_id", "plan_id", "reference", "what", "how", "lead_id", "start_date", "due_date", "revised_due_date",
        "revision_reason", "revision_count", "success_measures", "status", "position", "withdrawal_reason", "carried_from_id",
        "version", "created_at", "updated_at",
    ]

    var insertValues: [BulkValue] {
        [.uuid(id), .uuid($priority.id), .uuid(planID), .text(reference), .text(what), .text(how), .uuid($lead.id),
         .text(startDate), .text(dueDate), .text(revisedDueDate), .text(revisionReason), .int(revisionCount),
         .text(successMeasures), .text(status), .int(position), .text(withdrawalReason), .uuid(carriedFromID),
         .int(version), .date(createdAt), .date(updatedAt)]
    }
}

extension ActionUpdateModel {
    /// The columns `insertValues` lists, in its order: every column a new update is written with.
    static let insertColumns = [
        "id", "action_id", "plan_id", "period_id", "rating", "narrative", "evidence_links", "definitions", "submitted_by",
        "submitted_at", "state", "review_comment", "reviewed_by", "corrects_id",
    ]

    var insertValues: [BulkValue] {
        [.uuid(id), .uuid($action.id), .uuid(planID), .uuid($period.id), .text(rating), .text(narrative), .text(evidenceLinks),
         .text(definitions), .text(submittedBy), .date(submittedAt), .text(state), .text(reviewComment), .text(reviewedBy),
         .uuid(correctsID)]
    }
}
