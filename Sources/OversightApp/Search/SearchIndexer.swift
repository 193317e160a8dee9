import Fluent
import OversightDomain
import OversightStore

/// What search can find in a council, and who may find each thing, made from the same reads the
/// pages use: the index is rebuilt from it when the council has changed since it was last written
/// (its generation, ADR 0017), so it is never older than the data a search runs on.
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

    /// Brings the council's index up to date with its data, if anything changed since it was written.
    static func refresh(_ council: Council, on db: any Database) async throws {
        let generation = try await CacheGenerations.read([.all, .council(council.id)], on: db).map(String.init).joined(separator: ":")
        guard try await SearchStore.indexedGeneration(of: council.id, on: db) != generation else { return }
        try await SearchStore.replace(council.id, with: try await documents(council, on: db), generation: generation, on: db)
    }

    static func documents(_ council: Council, on db: any Database) async throws -> [SearchDocument] {
        let cid = Parameter.value(council.id)
        var documents: [SearchDocument] = []
        let bodies = Dictionary(uniqueKeysWithValues: try await BodyStore.all(in: council.id, on: db).map { ($0.id, $0) })

        // Reports: a published Part I report for everyone, a draft for staff, Part II for Part II readers.
        for summary in try await ReportStore.list(in: council.id, publishedOnly: false, on: db) {
            guard let (report, _) = try await ReportStore.find(summary.id, in: council.id, on: db) else { continue }
            let audience: SearchAudience = report.part != .partI ? .partTwo
                : [.published, .superseded].contains(report.status) ? .everyone : .staff
            let order = [Report.plainSummaryKey] + report.sections.keys.filter { $0 != Report.plainSummaryKey }.sorted()
            documents.append(SearchDocument(
                kind: Kind.report.rawValue, audience: audience, bodyID: report.body.id, date: report.meetingDate,
                url: SiteURL.report(cid, .value(report.id)).path, heading: "\(report.body.name), \(report.meetingDate.ukLong)",
                title: report.title, text: order.compactMap { report.sections[$0] }.joined(separator: "\n\n")))
        }

        // Agendas, minutes and decisions: as the meeting page shows them to each reader.
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
            documents.append(SearchDocument(kind: Kind.agenda.rawValue, audience: audience, bodyID: meeting.bodyID, date: meeting.date,
                                            url: url, heading: "\(where_): item \(item.position)", title: item.title,
                                            text: item.papers.joined(separator: "\n")))
            if !item.discussion.isEmpty {
                documents.append(SearchDocument(kind: Kind.minutes.rawValue, audience: audience, bodyID: meeting.bodyID, date: meeting.date,
                                                url: url, heading: "\(where_): minutes of item \(item.position)", title: item.title,
                                                text: item.discussion))
            }
        }
        for decision in try await MeetingStore.decisions(of: meetings.map(\.id), on: db) {
            guard let item = itemsByID[decision.itemID], let meeting = byID[decision.meetingID] else { continue }
            documents.append(SearchDocument(
                kind: Kind.decision.rawValue, audience: Self.audience(item, meeting), bodyID: meeting.bodyID, date: meeting.date,
                url: SiteURL.meeting(cid, .value(meeting.id)).path,
                heading: "\(bodies[meeting.bodyID]?.name ?? "Meeting"), \(meeting.date.ukLong): decision \(item.position).\(decision.number)",
                title: item.title, text: [decision.text, decision.reasons, decision.alternatives ?? ""].joined(separator: "\n")))
        }

        // The forward plan: a published entry is public, a draft is staff's.
        for entry in try await ForwardPlanStore.entries(in: council.id, includingDrafts: true, on: db) {
            documents.append(SearchDocument(
                kind: Kind.keyDecision.rawValue, audience: entry.isPublished ? .everyone : .staff, bodyID: entry.decisionMaker,
                date: entry.decisionDate, url: SiteURL.forwardPlan(cid).path + "#kd-\(entry.id)",
                heading: "Key decision \(entry.reference), \(bodies[entry.decisionMaker]?.name ?? ""), \(entry.decisionDate.ukLong)",
                title: entry.matter, text: ([entry.summary] + entry.documents + [entry.withdrawn ?? ""]).joined(separator: "\n")))
        }

        // The programme: actions and their updates, and risks, for staff.
        for plan in try await PlanStore.plans(in: council.id, on: db) {
            guard let record = try await PlanStore.find(plan.id, in: council.id, on: db) else { continue }
            var actions: [PlanAction.ID: PlanAction] = [:]
            for action in record.actions {
                actions[action.id] = action
                documents.append(SearchDocument(
                    kind: Kind.action.rawValue, audience: .staff, bodyID: nil, date: action.currentDueDate,
                    url: SiteURL.action(cid, .value(plan.id), .value(action.id)).path, heading: "Action \(action.reference), \(plan.title)",
                    title: action.what, text: [action.how ?? "", action.successMeasures ?? "", action.revisionReason ?? ""].joined(separator: "\n")))
            }
            for update in try await UpdateStore.updates(of: plan.id, on: db) {
                guard let action = actions[update.actionID] else { continue }
                documents.append(SearchDocument(
                    kind: Kind.update.rawValue, audience: .staff, bodyID: nil, date: nil,
                    url: SiteURL.action(cid, .value(plan.id), .value(action.id)).path,
                    heading: "Update on action \(action.reference) (\(update.rating.label), \(update.state.label.lowercased()))",
                    title: action.what, text: update.narrative + (update.reviewComment.map { "\n" + $0 } ?? "")))
            }
        }
        for risk in try await RiskStore.all(in: council.id, on: db) {
            documents.append(SearchDocument(
                kind: Kind.risk.rawValue, audience: .staff, bodyID: nil, date: risk.raisedOn,
                url: SiteURL.risk(cid, .value(risk.id)).path, heading: "Risk \(risk.reference)", title: risk.title,
                text: [risk.cause, risk.event, risk.consequence, risk.controls].joined(separator: "\n")))
        }
        return documents
    }

    /// A Part II item (and all under it) for Part II readers; a Part I one for everyone once its
    /// agenda is published, for staff before.
    private static func audience(_ item: AgendaItem, _ meeting: Meeting) -> SearchAudience {
        item.part != .partI ? .partTwo : meeting.agendaPublishedOn == nil ? .staff : .everyone
    }
}
