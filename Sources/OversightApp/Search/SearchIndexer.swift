import Fluent
import OversightDomain
import OversightStore

/// What search can find in a council, and who may find each thing, made from the same reads the
/// pages use: each part of the index is brought up to date when its scopes have changed since it
/// was last written (their generations, ADR 0017), so it is never older than the data a search runs on.
enum SearchIndexer {
    enum Kind: String, CaseIterable {
        case report, agenda, minutes, decision, keyDecision = "key-decision", action, update, risk

        var label: String {
            switch self {
            case .report: "Report"
            case .agenda: "Agenda item"
            case .minutes: "Minutes"
            case .decision: "Decision"
            case .keyDecision: "Key decision"
            case .action: "Plan action"
            case .update: "Progress update"
            case .risk: "Risk"
            }
        }

        /// Kinds the public may find; the rest are the programme's, for staff.
        var isPublic: Bool { [.report, .agenda, .minutes, .decision, .keyDecision].contains(self) }
    }

    /// A part of a council's index: what it holds, the scopes whose generations say it is current
    /// (ADR 0017), and how its documents are made. Each is brought up to date on its own, so a lead's
    /// update rewrites one document of one plan's part, not the council's index.
    struct Part {
        var name: String
        var kinds: Set<Kind>
        var scopes: [CacheScope]
        var documents: @Sendable (Council, any Database) async throws -> [SearchDocument]
    }

    /// What bringing the index up to date did: by part, and the parts removed (plans no longer there).
    struct Refreshed: Equatable {
        var parts: [String: SearchPartWrite] = [:]
        var removed: [String] = []
    }

    /// Brings the parts of the council's index that hold `kinds` up to date with the data: each part
    /// whose scopes have moved since it was written, in its own transaction. A visitor's search never
    /// waits for the programme's parts.
    @discardableResult
    static func refresh(_ council: Council, kinds: Set<Kind> = Set(Kind.allCases), on db: any Database) async throws -> Refreshed {
        let programme = !kinds.isDisjoint(with: [.action, .update])
        let plans = programme ? try await PlanStore.plans(in: council.id, on: db).map(\.id) : []
        let parts = self.parts(of: council.id, plans: plans).filter { !$0.kinds.isDisjoint(with: kinds) }
        // Every part's generations in one query, read before any data, so what is written is never
        // older than the generation it is written at.
        var scopes: [CacheScope] = []
        for scope in parts.flatMap(\.scopes) where !scopes.contains(scope) { scopes.append(scope) }
        let generations = Dictionary(uniqueKeysWithValues: zip(scopes, try await CacheGenerations.read(scopes, on: db)))
        let indexed = try await SearchStore.indexedParts(of: council.id, on: db)
        var refreshed = Refreshed()
        for part in parts {
            let generation = part.scopes.map { String(generations[$0] ?? 0) }.joined(separator: ":")
            guard indexed[part.name] != generation else { continue }
            if let written = try await SearchStore.write(council.id, part: part.name, documents: try await part.documents(council, db),
                                                         generation: generation, on: db) {
                refreshed.parts[part.name] = written
            }
        }
        if programme {
            let current = Set(parts.map(\.name))
            refreshed.removed = indexed.keys.filter { $0.hasPrefix(planPrefix) && !current.contains($0) }.sorted()
            try await SearchStore.remove(council.id, parts: refreshed.removed, on: db)
        }
        return refreshed
    }

    static let planPrefix = "plan:"

    static func parts(of council: Council.ID, plans: [Plan.ID]) -> [Part] {
        [Part(name: "reports", kinds: [.report], scopes: [.all, .reports(council), .meetings(council)], documents: reports),
         Part(name: "meetings", kinds: [.agenda, .minutes, .decision, .keyDecision], scopes: [.all, .meetings(council)], documents: meetings),
         Part(name: "risks", kinds: [.risk], scopes: [.all, .risks(council)], documents: risks)]
            + plans.map { plan in
                Part(name: planPrefix + plan.description, kinds: [.action, .update], scopes: [.all, .plan(plan)],
                     documents: { council, db in try await Self.plan(plan, of: council, on: db) })
            }
    }

    /// Every document of the council, part by part.
    static func documents(_ council: Council, on db: any Database) async throws -> [SearchDocument] {
        var documents: [SearchDocument] = []
        for part in parts(of: council.id, plans: try await PlanStore.plans(in: council.id, on: db).map(\.id)) {
            documents += try await part.documents(council, db)
        }
        return documents
    }

    /// Reports: a published Part I report for everyone, a draft for staff, Part II for Part II readers.
    @Sendable static func reports(_ council: Council, on db: any Database) async throws -> [SearchDocument] {
        let cid = Parameter.value(council.id)
        var documents: [SearchDocument] = []
        for summary in try await ReportStore.list(in: council.id, publishedOnly: false, on: db) {
            guard let (report, _) = try await ReportStore.find(summary.id, in: council.id, on: db) else { continue }
            let audience: SearchAudience = report.part != .partI ? .partTwo
                : [.published, .superseded].contains(report.status) ? .everyone : .staff
            let order = [Report.plainSummaryKey] + report.sections.keys.filter { $0 != Report.plainSummaryKey }.sorted()
            documents.append(SearchDocument(
                key: "report:\(report.id)", kind: Kind.report.rawValue, audience: audience, bodyID: report.body.id, date: report.meetingDate,
                url: SiteURL.report(cid, .value(report.id)).path, heading: "\(report.body.name), \(report.meetingDate.ukLong)",
                title: report.title, text: order.compactMap { report.sections[$0] }.joined(separator: "\n\n")))
        }
        return documents
    }

    /// Agendas, minutes and decisions as the meeting page shows them to each reader, and the forward
    /// plan: a published entry is public, a draft is staff's.
    @Sendable static func meetings(_ council: Council, on db: any Database) async throws -> [SearchDocument] {
        let cid = Parameter.value(council.id)
        var documents: [SearchDocument] = []
        let bodies = Dictionary(uniqueKeysWithValues: try await BodyStore.all(in: council.id, on: db).map { ($0.id, $0) })
        let meetings = try await MeetingStore.meetings(in: council.id, on: db)
        let byID = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id, $0) })
        let items = try await MeetingStore.items(of: meetings.map(\.id), on: db)
        var itemsByID: [AgendaItem.ID: AgendaItem] = [:]
        for item in items {
            itemsByID[item.id] = item
            guard let meeting = byID[item.meetingID] else { continue }
            let body = bodies[meeting.bodyID]
            let where_ = "\(body?.name ?? "Meeting"), \(meeting.date.ukLong)"
            let url = SiteURL.meeting(cid, .value(meeting.id)).path
            let audience = Self.audience(item, meeting)
            documents.append(SearchDocument(key: "agenda:\(item.id)", kind: Kind.agenda.rawValue, audience: audience, bodyID: meeting.bodyID,
                                            date: meeting.date, url: url, heading: "\(where_): item \(item.position)", title: item.title,
                                            text: item.papers.joined(separator: "\n")))
            if !item.discussion.isEmpty {
                documents.append(SearchDocument(key: "minutes:\(item.id)", kind: Kind.minutes.rawValue, audience: audience,
                                                bodyID: meeting.bodyID, date: meeting.date, url: url,
                                                heading: "\(where_): minutes of item \(item.position)", title: item.title, text: item.discussion))
            }
        }
        for decision in try await MeetingStore.decisions(of: meetings.map(\.id), on: db) {
            guard let item = itemsByID[decision.itemID], let meeting = byID[decision.meetingID] else { continue }
            documents.append(SearchDocument(
                key: "decision:\(decision.id)", kind: Kind.decision.rawValue, audience: Self.audience(item, meeting), bodyID: meeting.bodyID,
                date: meeting.date, url: SiteURL.meeting(cid, .value(meeting.id)).path,
                heading: "\(bodies[meeting.bodyID]?.name ?? "Meeting"), \(meeting.date.ukLong): decision \(item.position).\(decision.number)",
                title: item.title, text: [decision.text, decision.reasons, decision.alternatives ?? ""].joined(separator: "\n")))
        }
        for entry in try await ForwardPlanStore.entries(in: council.id, includingDrafts: true, on: db) {
            documents.append(SearchDocument(
                key: "key-decision:\(entry.id)", kind: Kind.keyDecision.rawValue, audience: entry.isPublished ? .everyone : .staff,
                bodyID: entry.decisionMaker, date: entry.decisionDate, url: SiteURL.forwardPlan(cid).path + "#kd-\(entry.id)",
                heading: "Key decision \(entry.reference), \(bodies[entry.decisionMaker]?.name ?? ""), \(entry.decisionDate.ukLong)",
                title: entry.matter, text: ([entry.summary] + entry.documents + [entry.withdrawn ?? ""]).joined(separator: "\n")))
        }
        return documents
    }

    /// A plan's actions and their updates, for staff.
    static func plan(_ plan: Plan.ID, of council: Council, on db: any Database) async throws -> [SearchDocument] {
        guard let record = try await PlanStore.find(plan, in: council.id, on: db) else { return [] }
        let cid = Parameter.value(council.id)
        var documents: [SearchDocument] = []
        var actions: [PlanAction.ID: PlanAction] = [:]
        for action in record.actions {
            actions[action.id] = action
            documents.append(SearchDocument(
                key: "action:\(action.id)", kind: Kind.action.rawValue, audience: .staff, bodyID: nil, date: action.currentDueDate,
                url: SiteURL.action(cid, .value(plan), .value(action.id)).path, heading: "Action \(action.reference), \(record.plan.title)",
                title: action.what, text: [action.how ?? "", action.successMeasures ?? "", action.revisionReason ?? ""].joined(separator: "\n")))
        }
        for update in try await UpdateStore.texts(of: plan, on: db) {
            guard let action = actions[update.actionID] else { continue }
            documents.append(SearchDocument(
                key: "update:\(update.id)", kind: Kind.update.rawValue, audience: .staff, bodyID: nil, date: nil,
                url: SiteURL.action(cid, .value(plan), .value(action.id)).path,
                heading: "Update on action \(action.reference) (\(update.rating.label), \(update.state.label.lowercased()))",
                title: action.what, text: update.narrative + (update.reviewComment.map { "\n" + $0 } ?? "")))
        }
        return documents
    }

    /// The council's risks, for staff.
    @Sendable static func risks(_ council: Council, on db: any Database) async throws -> [SearchDocument] {
        let cid = Parameter.value(council.id)
        return try await RiskStore.all(in: council.id, on: db).map { risk in
            SearchDocument(
                key: "risk:\(risk.id)", kind: Kind.risk.rawValue, audience: .staff, bodyID: nil, date: risk.raisedOn,
                url: SiteURL.risk(cid, .value(risk.id)).path, heading: "Risk \(risk.reference)", title: risk.title,
                text: [risk.cause, risk.event, risk.consequence, risk.controls].joined(separator: "\n"))
        }
    }

    /// A Part II item (and all under it) for Part II readers; a Part I one for everyone once its
    /// agenda is published, for staff before.
    private static func audience(_ item: AgendaItem, _ meeting: Meeting) -> SearchAudience {
        item.part != .partI ? .partTwo : meeting.agendaPublishedOn == nil ? .staff : .everyone
    }
}
