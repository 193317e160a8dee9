import Fluent
import OversightDocuments
import OversightDomain
import OversightStore

/// Everything a self-assessment can cite, read once: indicators with their figures, plan actions
/// with their latest ratings, risks, board decisions (with whether they are Part II) and practice
/// audit rounds. It says what each link points at, as a line of a document, and whether the thing
/// still exists and may be cited in a published document.
package struct EvidenceCatalogue {
    package struct Entry {
        package var kind: EvidenceLink.Kind
        package var id: String
        /// How the chooser lists it.
        package var label: String
        /// How the document cites it: with the live figure, rating or score.
        package var citation: [Inline]
        package var exempt = false
    }

    package var entries: [String: Entry] = [:]

    package static func key(_ kind: EvidenceLink.Kind, _ id: String) -> String { "\(kind.rawValue):\(id.lowercased())" }

    package func entry(_ link: EvidenceLink) -> Entry? { entries[Self.key(link.kind, link.targetID)] }

    /// The entries of one kind, in the chooser's order.
    /// Documents are uploaded to the answer they support, not chosen from a list.
    package func choices(_ kind: EvidenceLink.Kind) -> [Entry] {
        guard kind != .document else { return [] }
        return entries.values.filter { $0.kind == kind && !$0.exempt }.sorted { $0.label < $1.label }
    }

    /// `cited` names the evidence a document cites: plan actions among it are described with
    /// their latest update too (read for those alone, not for every action in the chooser).
    package static func load(_ council: Council, today: CalendarDate, cited: [EvidenceLink] = [], on db: any Database) async throws -> EvidenceCatalogue {
        var catalogue = EvidenceCatalogue()
        func add(_ entry: Entry) { catalogue.entries[key(entry.kind, entry.id)] = entry }
        let cid = Parameter.value(council.id)
        for model in try await ScorecardController.models(council, on: db) {
            let summary = IndicatorSummary(indicator: model.indicator, values: model.values, targets: model.targets, benchmarks: model.benchmarks)
            let unit = model.indicator.unit
            var text = model.indicator.title
            func shown(_ value: IndicatorValue) -> String {
                model.indicator.countsChildren ? ScorecardAppendix.published(value, unit: unit, suppress: true).figure : unit.format(value.value)
            }
            if let latest = summary.latest {
                text += ": " + shown(latest) + " in \(latest.period.label)"
                if let target = summary.target { text += "; target \(unit.format(target.value))" }
                if let rag = summary.rag { text += "; \(rag.word.lowercased())" }
                if let since = summary.sincePrevious { text += "; \(since.label.lowercased()) since the period before" }
                // The trend in words: the last four figures, oldest first.
                let recent = model.values.filter { $0.period <= latest.period }.sorted { $0.period < $1.period }.suffix(4)
                if recent.count > 1 {
                    text += "; trend from \(recent.first!.period.label): " + recent.map(shown).joined(separator: ", ")
                }
            } else {
                text += ": no figures yet"
            }
            add(Entry(kind: .indicator, id: model.indicator.id.description, label: model.indicator.title,
                      citation: [.link(text: text, url: SiteURL.indicator(cid, .value(model.indicator.id)).path)]))
        }
        let citedActions = Set(cited.filter { $0.kind == .planAction }.map(\.targetID))
        for model in try await RiskRegisterModel.linkablePlans(council, today: today, on: db) {
            let plan = model.record.plan
            let periods = Dictionary(uniqueKeysWithValues: model.periods.map { ($0.id, $0) })
            for action in model.record.actions {
                let rating = model.latestRating(action.id).map { "rated \($0.word.lowercased())" } ?? "no rating yet"
                var text = "Action \(action.reference) of the \(plan.title): \(action.what) (\(action.status.label.lowercased()), \(rating), due \(UKDateFormat.long(action.currentDueDate)))"
                if citedActions.contains(action.id.description),
                   let latest = try await UpdateStore.updates(ofAction: action.id, on: db).last(where: { update in
                       // As things stood on the day: a later month's update is not yet written.
                       update.state != .returned && (periods[update.periodID].map { $0.month <= today } ?? false)
                   }) {
                    text += ". Latest update, \(periods[latest.periodID]?.label ?? "a past month"): \(latest.narrative)"
                }
                add(Entry(kind: .planAction, id: action.id.description, label: "\(plan.title): \(action.reference) \(action.what)",
                          citation: [.link(text: text, url: SiteURL.action(cid, .value(plan.id), .value(action.id)).path)]))
            }
        }
        let (scale, _) = try await RiskStore.scale(of: council.id, on: db)
        for risk in try await RiskStore.all(in: council.id, on: db) {
            add(Entry(kind: .risk, id: risk.id.description, label: "\(risk.reference) \(risk.title)",
                      citation: [.link(text: "Risk \(risk.reference), \(risk.title): current score \(risk.current.value) (\(scale.band(risk.current).name.lowercased())), target \(risk.target.value)",
                                       url: SiteURL.risk(cid, .value(risk.id)).path)]))
        }
        let bodies = Dictionary(uniqueKeysWithValues: try await BodyStore.all(in: council.id, on: db).map { ($0.id, $0) })
        let meetings = try await MeetingStore.meetings(in: council.id, on: db)
        let byID = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id, $0) })
        let items = Dictionary(uniqueKeysWithValues: try await MeetingStore.items(of: meetings.map(\.id), on: db).map { ($0.id, $0) })
        for decision in try await MeetingStore.decisions(of: meetings.map(\.id), on: db) {
            guard let meeting = byID[decision.meetingID], let item = items[decision.itemID] else { continue }
            let body = bodies[meeting.bodyID]?.name ?? "A board"
            let where_ = "\(body), \(UKDateFormat.long(meeting.date)), decision \(item.position).\(decision.number)"
            add(Entry(kind: .decision, id: decision.id.description, label: "\(where_): \(decision.text)",
                      citation: [.link(text: "\(where_): \(decision.text)", url: SiteURL.meeting(cid, .value(meeting.id)).path)],
                      exempt: item.isExempt))
        }
        for round in try await PracticeAuditStore.rounds(in: council.id, on: db) {
            // Self-assessments are published, so counts follow the small-number rules.
            let published = round.published
            add(Entry(kind: .auditRound, id: round.id.description, label: round.label,
                      citation: [.link(text: "Practice audit, \(round.label): \(published.cases.text) cases audited, \(published.goodOrBetter) good or better (outstanding \(published.grades[0].text), good \(published.grades[1].text), requires improvement \(published.grades[2].text), inadequate \(published.grades[3].text))",
                                       url: SiteURL.practiceAudits(cid).path)]))
        }
        for document in try await SelfAssessmentStore.documents(in: council.id, on: db) {
            let url = SiteURL.assessmentDocument(cid, .value(document.assessmentID), .value(document.id)).path
            add(Entry(kind: .document, id: document.id.uuidString.lowercased(), label: document.fileName,
                      citation: [.link(text: "\(document.fileName) (\(document.kind.label), \(EvidenceRules.sizeLabel(document.size)))", url: url)]))
        }
        return catalogue
    }

    /// What the link cites, or why it cannot be cited.
    package func check(_ kind: EvidenceLink.Kind, _ id: String) throws -> Entry {
        guard let entry = entries[Self.key(kind, id)] else { throw AssessmentError.evidenceMissing("That \(kind.label.lowercased())") }
        guard !entry.exempt else { throw AssessmentError.evidenceExempt(entry.label) }
        return entry
    }
}
