import Fluent
import OversightDomain
import OversightStore

/// The forward plan of key decisions as a page shows it: decisions to come, then those whose date
/// has passed or that were withdrawn. A visitor sees entries whose notice is published; democratic
/// services also see drafts and every entry's deadlines, with those that need them first.
enum ForwardPlan {
    struct Entry {
        var id: ForwardPlanEntry.ID
        var entry: ForwardPlanEntry
        var decisionMaker: String
        /// The report asking for the decision, when this reader may open it.
        var report: (title: String, id: Report.ID)?
        var deadlines: [(deadline: ForwardPlanDeadline, state: ForwardPlanDeadline.State)]
    }

    struct Attention {
        var entryID: ForwardPlanEntry.ID
        var reference: String
        var matter: String
        var deadline: ForwardPlanDeadline
        var state: ForwardPlanDeadline.State
    }

    struct Model {
        var council: CouncilContext
        var today: CalendarDate
        var upcoming: [Entry]
        var earlier: [Entry]
        /// Deadlines near or missed, for democratic services; empty for anyone else.
        var attention: [Attention]
    }

    static func entries(council: Council.ID, staff: Bool, on db: any Database) async throws
        -> (entries: [ForwardPlanEntry], bodies: [GoverningBody.ID: GoverningBody], reports: [Report.ID: ReportSummary]) {
        let entries = try await ForwardPlanStore.entries(in: council, includingDrafts: staff, on: db)
        let bodies = Dictionary(uniqueKeysWithValues: try await BodyStore.all(in: council, on: db).map { ($0.id, $0) })
        let reports = Dictionary(uniqueKeysWithValues: try await ReportStore.list(in: council, publishedOnly: !staff, on: db).map { ($0.id, $0) })
        return (entries, bodies, reports)
    }

    static func model(council: Council, staff: Bool, today: CalendarDate, rules: PublicationRules = PublicationRules(),
                      on db: any Database) async throws -> Model {
        let (entries, bodies, reports) = try await entries(council: council.id, staff: staff, on: db)
        var upcoming: [Entry] = [], earlier: [Entry] = [], attention: [Attention] = []
        for entry in entries {
            let deadlines = staff ? rules.deadlines(of: entry).map { ($0, $0.state(today: today)) } : []
            let row = Entry(id: entry.id, entry: entry, decisionMaker: bodies[entry.decisionMaker]?.name ?? "",
                            report: entry.reportID.flatMap { reports[$0] }.map { ($0.title, $0.id) }, deadlines: deadlines)
            if entry.withdrawn == nil && entry.decisionDate >= today {
                upcoming.append(row)
                for (deadline, state) in deadlines where deadline.needsAttention(today: today) {
                    attention.append(Attention(entryID: entry.id, reference: entry.reference, matter: entry.matter, deadline: deadline,
                                               state: state))
                }
            } else {
                earlier.append(row)
            }
        }
        attention.sort { ($0.deadline.due ?? today) < ($1.deadline.due ?? today) }
        return Model(council: council.context, today: today, upcoming: upcoming, earlier: earlier.reversed(), attention: attention)
    }
}
