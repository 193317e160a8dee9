import Fluent
import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

extension Report {
    /// A new draft from the checked form.
    init(id: ID, councilID: Council.ID, templateID: ReportTemplate.ID, _ valid: ReportForm.Valid, supersedesID: ID? = nil) {
        self.init(id: id, councilID: councilID, templateID: templateID, body: valid.body, meetingDate: valid.meetingDate,
                  reportOf: valid.reportOf, part: valid.part, areas: valid.areas, title: valid.title,
                  contact: valid.contact, sections: valid.sections, implications: valid.implications,
                  backgroundPapers: valid.backgroundPapers, exemption: valid.exemption,
                  keyDecision: valid.keyDecision, supersedesID: supersedesID, correction: valid.correction)
    }

    /// The report with the form's edits; its id, template and workflow stay.
    func applying(_ valid: ReportForm.Valid) -> Report {
        var report = Report(id: id, councilID: councilID, templateID: templateID, valid, supersedesID: supersedesID)
        report.status = status
        report.version = version
        return report
    }
}

struct CreateReport {
    var dependencies: Dependencies

    func callAsFunction(_ report: Report, by actor: Actor, on db: any Database) async throws {
        try await db.transaction { tx in
            try await ReportStore.create(report, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("report.create", "report", id: report.id.description,
                                               after: report.title), on: tx, dependencies: dependencies)
        }
    }
}

struct UpdateReport {
    var dependencies: Dependencies

    func callAsFunction(_ report: Report, expectedVersion: Int, by actor: Actor, on db: any Database) async throws {
        guard report.status.isEditable else { throw ReportError.transitionRefused(event: .clear, from: report.status) }
        try await db.transaction { tx in
            try await ReportStore.update(report, expectedVersion: expectedVersion, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("report.edit", "report", id: report.id.description, after: report.title),
                                  on: tx, dependencies: dependencies)
        }
    }
}

/// Clearing (a senior leader's sign-off) and returning to draft. Clearing checks the report is
/// complete; publishing is `PublishReport`, because it freezes the document.
struct TransitionReport {
    var dependencies: Dependencies

    func callAsFunction(_ report: Report, event: ReportEvent, template: ReportTemplate, expectedVersion: Int,
                        by actor: Actor, on db: any Database) async throws {
        guard event == .clear || event == .returnToDraft, let next = event.apply(to: report.status) else {
            throw ReportError.transitionRefused(event: event, from: report.status)
        }
        if event == .clear {
            var problems = report.problemsBeforeClearance(template: template)
            if report.supersedesID != nil && report.correction == nil {
                problems.append("Say what this corrected report changes")
            }
            guard problems.isEmpty else { throw ReportError.notReady(problems) }
        }
        try await db.transaction { tx in
            try await ReportStore.setStatus(report.id, to: next, clearedBy: event == .clear ? actor.label : nil,
                                            expectedVersion: expectedVersion, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("report.\(event.rawValue)", "report", id: report.id.description,
                                               before: report.status.rawValue, after: next.rawValue),
                                  on: tx, dependencies: dependencies)
        }
    }
}

/// Publishes a cleared report: the report and its appendices are built once more, from the data
/// as it stands, and frozen with a checksum in the same transaction that marks it published. A
/// corrected report supersedes the one it corrects.
struct PublishReport {
    var dependencies: Dependencies

    @discardableResult
    func callAsFunction(_ report: Report, template: ReportTemplate, council: Council, publishedOn: CalendarDate,
                        lateReason: String?, rules: PublicationRules, expectedVersion: Int, by actor: Actor,
                        on db: any Database) async throws -> ReportPublication {
        guard let next = ReportEvent.publish.apply(to: report.status) else {
            throw ReportError.transitionRefused(event: .publish, from: report.status)
        }
        if rules.isLate(published: publishedOn, meeting: report.meetingDate) && lateReason == nil {
            throw ReportError.lateWithoutReason
        }
        return try await db.transaction { tx in
            let (document, previous) = try await ReportDocument.live(report, template: template, council: council,
                                                                     today: publishedOn, on: tx)
            try await ReportStore.setStatus(report.id, to: next, clearedBy: nil, expectedVersion: expectedVersion,
                                            at: dependencies.now(), on: tx)
            let publication = try await ReportPublicationStore.record(
                report.id, publishedOn: publishedOn, by: actor.label, lateReason: lateReason,
                document: try ReportDocument.canonical(document), at: dependencies.now(), on: tx)
            if let previous, previous.status == .published {
                try await ReportStore.setStatus(previous.id, to: .superseded, clearedBy: nil,
                                                expectedVersion: previous.version, at: dependencies.now(), on: tx)
            }
            try await Audit.write(actor.record("report.publish", "report", id: report.id.description,
                                               before: report.status.rawValue,
                                               after: "published on \(publishedOn.iso), checksum \(publication.checksum)"
                                                   + (lateReason.map { "; late: \($0)" } ?? "")),
                                  on: tx, dependencies: dependencies)
            return publication
        }
    }
}

/// Starts the corrected version of a published report: a draft with the same content and
/// appendices, which says what it changes and supersedes the original when it is published.
struct DraftCorrection {
    var dependencies: Dependencies

    func callAsFunction(of report: Report, by actor: Actor, on db: any Database) async throws -> Report.ID {
        guard report.status == .published else { throw ReportError.transitionRefused(event: .supersede, from: report.status) }
        let id = Report.ID(dependencies.newID())
        var draft = report
        draft.id = id
        draft.status = .draft
        draft.version = 1
        draft.supersedesID = report.id
        draft.correction = nil
        let copy = draft
        let now = dependencies.now()
        try await db.transaction { tx in
            try await ReportStore.create(copy, at: now, on: tx)
            for appendix in try await ReportAppendixStore.appendices(of: report.id, on: tx) {
                let bytes = try await ReportAppendixStore.file(appendix.id, of: report.id, on: tx).map { [UInt8]($0.1) }
                try await ReportAppendixStore.add(.init(dependencies.newID()), to: id, title: appendix.title,
                                                  source: appendix.source, bytes: bytes, at: now, on: tx)
            }
            try await Audit.write(actor.record("report.correct", "report", id: id.description,
                                               before: report.id.description, after: report.title),
                                  on: tx, dependencies: dependencies)
        }
        return id
    }
}

struct AddAppendix {
    var dependencies: Dependencies

    func callAsFunction(to report: Report, title: String, source: AppendixSource, bytes: [UInt8]?, by actor: Actor,
                        on db: any Database) async throws {
        guard report.status.isEditable else { throw ReportError.transitionRefused(event: .clear, from: report.status) }
        let id = ReportAppendix.ID(dependencies.newID())
        try await db.transaction { tx in
            try await ReportAppendixStore.add(id, to: report.id, title: title, source: source, bytes: bytes,
                                              at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("report.appendix.add", "report", id: report.id.description, after: title),
                                  on: tx, dependencies: dependencies)
        }
    }
}

struct RemoveAppendix {
    var dependencies: Dependencies

    func callAsFunction(_ id: ReportAppendix.ID, from report: Report, by actor: Actor, on db: any Database) async throws {
        guard report.status.isEditable else { throw ReportError.transitionRefused(event: .clear, from: report.status) }
        try await db.transaction { tx in
            try await ReportAppendixStore.remove(id, of: report.id, on: tx)
            try await Audit.write(actor.record("report.appendix.remove", "report", id: report.id.description,
                                               before: id.description), on: tx, dependencies: dependencies)
        }
    }
}
