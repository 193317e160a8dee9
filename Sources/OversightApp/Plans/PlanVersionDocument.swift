import OversightDocuments
import OversightDomain

/// An approved version of a plan as a document: what the approving body saw, for download.
enum PlanVersionDocument {
    static func make(_ version: PlanVersion, council: Council) -> Document {
        let snapshot = version.snapshot
        let approval = version.approval
        let answers = [snapshot.inspection].compactMap { $0 } + snapshot.alsoAnswers
        var blocks: [Block] = [
            .heading(level: 1, text: "\(council.name): \(snapshot.title)"),
            .paragraph([.strong("Version \(version.number), as approved by \(approval.body) on \(approval.meetingDate.ukLong).")]),
            .summary([
                ("Kind", [.text(snapshot.kind.label)]),
                ("Answers", [.text(answers.isEmpty ? "Not linked to an inspection" : answers.joined(separator: "; "))]),
                ("Owner", [.text(snapshot.owner ?? "Not given")]),
                ("Runs", [.text(snapshot.startDate.ukLong + (snapshot.endDate.map { " to \($0.ukLong)" } ?? ""))]),
                ("Decision", [.text(approval.decision)]),
                ("Actions", [.text(String(snapshot.actionCount))]),
                ("Checksum (SHA-256)", [.text(version.checksum)]),
            ]),
        ]
        blocks += priorities(snapshot, level: 2)
        return Document(title: snapshot.title, blocks: blocks)
    }

    /// Each priority with its outcome, lead and table of actions: the body of an approved version
    /// and of a report's appendix that is the plan itself.
    static func priorities(_ snapshot: PlanSnapshot, level: Int) -> [Block] {
        var blocks: [Block] = []
        for priority in snapshot.priorities {
            blocks.append(.heading(level: level, text: "Priority \(priority.number): \(priority.title)"))
            if let outcome = priority.outcome { blocks.append(.paragraph([.strong("Outcome sought: "), .text(outcome)])) }
            if let lead = priority.lead { blocks.append(.paragraph([.strong("Lead: "), .text(lead)])) }
            blocks.append(.table(Table(
                caption: "Actions of priority \(priority.number)",
                header: ["Ref", "What", "How", "Lead", "Start", "Due", "Success measures", "Recommendations"],
                rows: priority.actions.map { action in
                    [Cell(action.reference), Cell(action.what), Cell(action.how ?? ""), Cell(action.lead ?? ""),
                     Cell(action.startDate?.ukLong ?? ""),
                     Cell(action.dueDate.ukLong + (action.revisedDueDate.map {
                         " (revised to \($0.ukLong): \(action.revisionReason ?? "no reason given"))"
                     } ?? "")),
                     Cell(action.successMeasures ?? ""),
                     Cell(action.recommendations.joined(separator: ", "))]
                })))
        }
        return blocks
    }
}
