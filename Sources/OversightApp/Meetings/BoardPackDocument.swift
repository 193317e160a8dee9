import Fluent
import OversightDocuments
import OversightDomain
import OversightStore

/// The pack a board reads before it meets: the agenda, the minutes of its previous meeting, its
/// action log, the plan's progress and exceptions, the scorecard and the risk register, in one document with a
/// contents list. Made in two versions at once: the Part I one, with exempt items and what hangs
/// from them left out and small counts of children suppressed as in a published report, and
/// the full one for those with Part II access. Publishing the agenda freezes both.
package enum BoardPackDocument {
    package struct Versions {
        package var partOne: Document
        package var full: Document
    }

    /// Everything the pack is made from, read once for both versions.
    struct Sources {
        var record: MeetingRecord
        var previous: MeetingRecord?
        var previousApprovedAt: Meeting?
        var members: [Membership]
        var people: [Person.ID: Person]
        var actions: [BoardAction]
        var updates: [BoardActionUpdate]
        var raisedAt: [Meeting.ID: Meeting]
        var plans: [PlanPageModel]
        var risks: RiskRegisterModel?
        var asOf: CalendarDate
        var rules: PublicationRules

        func name(_ id: Person.ID) -> String { people[id]?.name ?? "Someone removed from People" }
    }

    /// The pack as the data stands on `asOf`: actions open that day, updates written by then, the
    /// scorecard to the month before the meeting, the plans in delivery.
    package static func build(_ meeting: Meeting, council: Council, asOf: CalendarDate, rules: PublicationRules,
                      on db: any Database) async throws -> Versions {
        guard let body = try await BodyStore.find(meeting.bodyID, in: council.id, on: db) else {
            throw StoreError.corrupt("the meeting's body is missing")
        }
        let ofBody = try await MeetingStore.meetings(in: council.id, body: body.id, on: db)
        let previousMeeting = ofBody.last { $0.date < meeting.date && ($0.status == .held || $0.status == .minutesApproved) }
        let actions = try await BoardActionStore.all(in: council.id, on: db).filter { $0.bodyID == body.id }
        // Read once: the plans in delivery make the progress section, and all past their draft are what risks link to.
        let linkable = try await RiskRegisterModel.linkablePlans(council, today: asOf, on: db)
        let plans = linkable.filter { $0.record.plan.status == .active || $0.record.plan.status == .approved }
        let sources = Sources(
            record: try await MeetingStore.record(meeting, body: body, on: db),
            previous: try await previousMeeting.asyncMap { try await MeetingStore.record($0, body: body, on: db) },
            previousApprovedAt: previousMeeting?.minutesApprovedAt.flatMap { id in ofBody.first { $0.id == id } },
            members: try await BodyStore.members(of: body.id, on: db),
            people: Dictionary(uniqueKeysWithValues: try await PersonStore.all(in: council.id, on: db).map { ($0.id, $0) }),
            actions: actions, updates: try await BoardActionStore.updates(of: actions.map(\.id), on: db),
            raisedAt: Dictionary(uniqueKeysWithValues: ofBody.map { ($0.id, $0) }), plans: plans,
            risks: try await RiskRegisterModel.load(council, today: asOf, plans: linkable, on: db).asOf(asOf), asOf: asOf, rules: rules)
        // Any body's actions may be linked to a risk: the exempt items of all their meetings.
        let riskActions = sources.risks.map { Array($0.boardActions.values) } ?? []
        let exemptItems = try await MeetingStore.exemptItemIDs(of: Array(Set((actions + riskActions).map(\.meetingID))), on: db)
        let month = ReportingPeriod.month(year: meeting.date.year, month: meeting.date.month).previous
        let indicators = try await ScorecardController.models(council, on: db)
        return Versions(
            partOne: document(sources, council: council, partTwo: false, exemptItems: exemptItems,
                              scorecard: ScorecardAppendix.blocks(through: month, council: council, suppress: true, models: indicators)),
            full: document(sources, council: council, partTwo: true, exemptItems: exemptItems,
                           scorecard: ScorecardAppendix.blocks(through: month, council: council, suppress: false, models: indicators)))
    }

    static func document(_ sources: Sources, council: Council, partTwo: Bool, exemptItems: Set<AgendaItem.ID>,
                         scorecard: [Block]) -> Document {
        let record = partTwo ? sources.record : sources.record.partOne
        let meeting = record.meeting
        var blocks: [Block] = [
            .heading(level: 1, text: record.body.name),
            .paragraph([.strong("Board pack"), .text(" for the meeting on \(meeting.when), \(meeting.place).")]),
            .summary(summary(sources, partTwo: partTwo)),
            .contents,
            .heading(level: 2, text: "Agenda"),
        ]
        blocks += agenda(record)
        blocks.append(.heading(level: 2, text: "Minutes of the previous meeting"))
        blocks += previousMinutes(sources, partTwo: partTwo)
        blocks.append(.heading(level: 2, text: "Action log"))
        blocks += actionLog(sources, visible: partTwo ? sources.actions : sources.actions.filter { action in
            action.itemID.map { !exemptItems.contains($0) } ?? true
        })
        blocks.append(.heading(level: 2, text: "Improvement plan: progress and exceptions"))
        blocks += planProgress(sources)
        blocks.append(.heading(level: 2, text: "Performance scorecard"))
        blocks += scorecard
        if let risks = sources.risks, !risks.risks.isEmpty {
            blocks.append(.heading(level: 2, text: "Risk register"))
            blocks += RiskAppendix.blocks(partTwo ? risks : risks.withoutExempt(exemptItems))
        }
        return Document(title: "Board pack: \(record.body.name), \(UKDateFormat.long(meeting.date))", blocks: blocks)
    }

    static func summary(_ sources: Sources, partTwo: Bool) -> [(label: String, value: [Inline])] {
        let meeting = sources.record.meeting
        var pairs: [(label: String, value: [Inline])] = [
            ("Meeting", [.text(meeting.when)]),
            ("Place", [.text(meeting.place)]),
        ]
        if let published = meeting.agendaPublishedOn {
            pairs.append(("Agenda published", [.text(UKDateFormat.withWeekday(published) + (meeting.lateReason.map { ". Late: \($0)" } ?? ""))]))
        } else {
            pairs.append(("Papers due by", [.text(UKDateFormat.withWeekday(sources.rules.publishBy(meeting: meeting.date)))]))
        }
        pairs.append(("Information as at", [.text(UKDateFormat.long(sources.asOf))]))
        pairs.append(("Version", [.text(partTwo
            ? "Full pack, including items exempt from publication (Part II). Not for publication."
            : "Part I: items exempt from publication (Part II) are not included.")]))
        return pairs
    }

    static func agenda(_ record: MeetingRecord) -> [Block] {
        guard !record.items.isEmpty else { return [.paragraph("The agenda has no items yet.")] }
        return [.list(ordered: true, items: record.items.map { item in
            var inlines: [Inline] = [.strong(item.title)]
            if let exemption = item.exemption {
                inlines.append(.text(" (Part II: exempt under paragraph \(exemption.paragraph.paragraph) of Schedule 12A)"))
            }
            let papers = (item.reportID == nil ? [] : ["the report linked on the meeting's page"]) + item.papers
            if !papers.isEmpty { inlines.append(.text(". Papers: " + papers.joined(separator: "; "))) }
            return inlines
        })]
    }

    static func previousMinutes(_ sources: Sources, partTwo: Bool) -> [Block] {
        guard let full = sources.previous else {
            return [.paragraph("This is the first meeting of \(sources.record.body.name) held in Oversight: there are no previous minutes.")]
        }
        let record = partTwo ? full : full.partOne
        let status = sources.previousApprovedAt.map { "approved as a correct record at the meeting of \(UKDateFormat.long($0.date))" }
            ?? "draft, for approval as a correct record at this meeting"
        var blocks: [Block] = [.paragraph([.strong("Minutes of the meeting on \(record.meeting.when)"), .text(" (\(status)).")])]
        let attendance = Dictionary(record.attendance.map { ($0.personID, $0.status) }, uniquingKeysWith: { a, _ in a })
        func names(_ status: AttendanceStatus) -> String {
            let listed = sources.members.filter { attendance[$0.personID] == status }
                .map { "\(sources.name($0.personID)) (\($0.role.label.lowercased()))" }
            return listed.isEmpty ? "None" : listed.joined(separator: "; ")
        }
        if !record.attendance.isEmpty {
            blocks.append(.summary([("Present", [.text(names(.present))]), ("Apologies", [.text(names(.apologies))]),
                                    ("Absent", [.text(names(.absent))])]))
        }
        for item in record.items {
            blocks.append(.heading(level: 3, text: "\(item.position). \(item.title)"))
            for declaration in record.declarations where declaration.itemID == item.id {
                blocks.append(.paragraph("\(sources.name(declaration.personID)) declared an interest: \(declaration.interest)"
                    + (declaration.dispensation.map { " (dispensation: \($0))" } ?? "") + "."))
            }
            if !item.discussion.isEmpty { blocks.append(.markdown(item.discussion)) }
            for decision in record.decisions where decision.itemID == item.id {
                blocks.append(.paragraph([.strong("Decision \(item.position).\(decision.number): "), .text(decision.text)]))
                blocks.append(.summary([("Reasons", [.text(decision.reasons)]),
                                        ("Alternatives considered and rejected", [.text(decision.alternatives ?? "None recorded")]),
                                        ("Vote", [.text(decision.votes?.label ?? "No vote taken")])]))
            }
        }
        return blocks
    }

    /// Actions open on the day, and those closed since the previous meeting so the board sees them go.
    static func actionLog(_ sources: Sources, visible: [BoardAction]) -> [Block] {
        let since = sources.previous?.meeting.date ?? .init(year: 1900, month: 1, day: 1)!
        let shown = visible.filter { action in
            guard let raised = sources.raisedAt[action.meetingID], raised.date < sources.record.meeting.date else { return false }
            guard let closed = action.closedOn, closed <= sources.asOf else { return true }
            return closed >= since
        }
        guard !shown.isEmpty else { return [.paragraph("No actions are open and none has been closed since the previous meeting.")] }
        let rows: [[Cell]] = shown.map { action in
            let latest = sources.updates.last { $0.actionID == action.id && $0.date <= sources.asOf }
            let status: Cell = if let closed = action.closedOn, closed <= sources.asOf {
                Cell("Closed on \(UKDateFormat.long(closed))", fill: .green)
            } else if action.due < sources.asOf {
                Cell("Overdue", fill: .red)
            } else {
                Cell("Open")
            }
            return [Cell(action.reference), Cell(action.what), Cell(sources.name(action.ownerID)), Cell(UKDateFormat.long(action.due)),
                    status, Cell(latest.map { "\(UKDateFormat.long($0.date)): \($0.text)" } ?? "No update yet")]
        }
        let open = shown.filter { $0.closedOn.map { $0 > sources.asOf } ?? true }.count
        return [.paragraph("\(counted(open, "action")) open on \(UKDateFormat.long(sources.asOf)), and "
                    + "\(counted(shown.count - open, "action")) closed since the previous meeting."),
                .table(Table(caption: "Board actions", header: ["Ref", "Action", "Owner", "Due", "Status", "Latest update"], rows: rows))]
    }

    /// For each plan in delivery, the ratings by priority and then the exceptions report.
    static func planProgress(_ sources: Sources) -> [Block] {
        guard !sources.plans.isEmpty else { return [.paragraph("No improvement plan is approved or active.")] }
        var blocks: [Block] = []
        for model in sources.plans {
            let plan = model.record.plan
            blocks.append(.heading(level: 3, text: plan.title))
            let rows: [[Cell]] = model.record.priorities.map { priority in
                let actions = model.record.actions(in: priority.id)
                let ratings = actions.map { model.latestRating($0.id) }
                func count(_ rating: Rating?) -> Cell { Cell(String(ratings.filter { $0 == rating }.count)) }
                return [Cell("\(priority.number). \(priority.title)"), Cell(String(actions.count)),
                        count(.blue), count(.green), count(.amber), count(.red), count(nil)]
            }
            blocks.append(.table(Table(caption: "Latest ratings by priority",
                                       header: ["Priority", "Actions", "Blue: complete", "Green", "Amber", "Red", "No rating"],
                                       rows: rows)))
            blocks += AppendixContent.generated(.exceptions(plan.id), model: model, today: sources.asOf)
        }
        return blocks
    }
}
