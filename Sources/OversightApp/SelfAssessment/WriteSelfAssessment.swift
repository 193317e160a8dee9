import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Writing a self-assessment, agreeing it and submitting it. Nothing changes once it is
/// submitted; submitting freezes its document in the same transaction.
struct WriteSelfAssessment {
    var dependencies: Dependencies

    var today: CalendarDate { .inLondon(dependencies.now()) }

    func create(_ draft: SelfAssessmentDraft, in council: Council.ID, by actor: Actor, on db: any Database) async throws -> SelfAssessment.ID {
        let assessment = SelfAssessment(id: .init(dependencies.newID()), councilID: council, title: draft.title, purpose: draft.purpose,
                                        periodFrom: draft.periodFrom, periodTo: draft.periodTo, authorID: draft.authorID,
                                        structure: draft.structure)
        let now = dependencies.now(), newID = dependencies.newID
        try await audited("self-assessment.create", assessment, after: Audit.json(assessment), by: actor, on: db) { change in
            try await SelfAssessmentStore.create(assessment, sectionIDs: newID, at: now, on: change)
        }
        return assessment.id
    }

    func saveSection(_ section: AssessmentSection, text: String, of assessment: SelfAssessment, expectedVersion: Int, by actor: Actor,
                     on db: any Database) async throws {
        try requireOpen(assessment)
        var after = section
        after.text = text
        let now = dependencies.now(), changed = after
        try await audited("self-assessment.section", assessment, before: Audit.json(section), after: Audit.json(changed), by: actor, on: db) { change in
            try await SelfAssessmentStore.saveSection(changed, expectedVersion: expectedVersion, at: now, on: change)
        }
    }

    func judge(_ judgement: AreaJudgement, of assessment: SelfAssessment, by actor: Actor, on db: any Database) async throws {
        try requireOpen(assessment)
        let id = dependencies.newID()
        try await audited("self-assessment.judgement", assessment, after: Audit.json(judgement), by: actor, on: db) { change in
            try await SelfAssessmentStore.setJudgement(judgement, id: id, on: change)
        }
    }

    /// Cites something that exists and may be published: deleted or Part II material is refused.
    func cite(_ kind: EvidenceLink.Kind, _ target: String, note: String?, in section: AssessmentSection, of assessment: SelfAssessment,
              catalogue: EvidenceCatalogue, by actor: Actor, on db: any Database) async throws {
        try requireOpen(assessment)
        _ = try catalogue.check(kind, target)
        let link = EvidenceLink(id: .init(dependencies.newID()), sectionID: section.id, kind: kind, targetID: target.lowercased(), note: note)
        let now = dependencies.now()
        try await audited("self-assessment.evidence.add", assessment, after: Audit.json(link), by: actor, on: db) { change in
            try await SelfAssessmentStore.addEvidence(link, at: now, on: change)
        }
    }

    /// Uploads a document and cites it in the section, in one transaction; the file is checked as
    /// evidence files are (its kind from its content, its size within the limit).
    func attach(fileName: String, bytes: [UInt8], note: String?, to section: AssessmentSection, of assessment: SelfAssessment,
                by actor: Actor, reviewer: String, on db: any Database) async throws {
        try requireOpen(assessment)
        let kind: EvidenceKind
        switch EvidenceRules.check(fileName: fileName, bytes: bytes) {
        case let .success(found): kind = found
        case let .failure(problem): throw AssessmentError.documentRefused(problem.message)
        }
        let documentID = dependencies.newID(), now = dependencies.now(), name = EvidenceRules.displayName(fileName)
        let link = EvidenceLink(id: .init(dependencies.newID()), sectionID: section.id, kind: .document,
                                targetID: documentID.uuidString.lowercased(), note: note)
        try await audited("self-assessment.document.add", assessment, after: Audit.json(name), by: actor, on: db) { change in
            try await SelfAssessmentStore.addDocument(documentID, to: assessment.id, fileName: name, kind: kind, bytes: bytes, by: reviewer,
                                                      at: now, on: change)
            try await SelfAssessmentStore.addEvidence(link, at: now, on: change)
        }
    }

    func uncite(_ link: EvidenceLink, of assessment: SelfAssessment, by actor: Actor, on db: any Database) async throws {
        try requireOpen(assessment)
        try await audited("self-assessment.evidence.remove", assessment, before: Audit.json(link), by: actor, on: db) { change in
            try await SelfAssessmentStore.removeEvidence(link.id, on: change)
        }
    }

    /// Agree, submit or reopen. Submitting needs every cited thing to exist still, and freezes the
    /// document exactly as it reads now.
    func move(_ assessment: SelfAssessment, _ event: AssessmentEvent, expectedVersion: Int, council: Council, by actor: Actor,
              on db: any Database) async throws {
        if assessment.status == .submitted { throw AssessmentError.submittedAlready(assessment.submittedOn) }
        guard let status = event.apply(to: assessment.status) else { throw AssessmentError.moveRefused(event, from: assessment.status) }
        var after = assessment
        after.status = status
        switch event {
        case .agree: after.agreedOn = today
        case .reopen: after.agreedOn = nil
        case .submit: after.submittedOn = today
        }
        let now = dependencies.now()
        var frozen: String?
        if event == .submit {
            let record = try await SelfAssessmentStore.record(assessment, on: db)
            let catalogue = try await EvidenceCatalogue.load(council, today: today, cited: record.evidence, on: db)
            let broken = record.evidence.filter { catalogue.entry($0) == nil || catalogue.entry($0)?.exempt == true }
            if !broken.isEmpty { throw AssessmentError.brokenEvidence(broken.map { "a \($0.kind.label.lowercased())" }) }
            let author = try await PersonStore.find(assessment.authorID, in: council.id, on: db)?.name ?? "Someone removed from People"
            var submitted = record
            submitted.assessment = after
            frozen = try ReportDocument.canonical(SelfAssessmentDocument.document(submitted, catalogue: catalogue, author: author, council: council))
        }
        let changed = after, document = frozen
        try await audited("self-assessment.\(event.rawValue)", assessment, before: Audit.json(assessment), after: Audit.json(changed),
                          by: actor, on: db) { change in
            try await SelfAssessmentStore.save(changed, expectedVersion: expectedVersion, at: now, on: change)
            if let document { try await SelfAssessmentStore.freeze(changed.id, document: document, at: now, on: change) }
        }
    }

    private func requireOpen(_ assessment: SelfAssessment) throws {
        guard assessment.isOpen else { throw AssessmentError.submittedAlready(assessment.submittedOn) }
    }

    private func audited(_ action: String, _ assessment: SelfAssessment, before: String? = nil, after: String? = nil, by actor: Actor,
                         on db: any Database, _ change: @escaping @Sendable (Change) async throws -> Void) async throws {
        try await Audit.recording(actor.record(action, "self-assessment", id: assessment.id.description, before: before, after: after),
                                  touching: [.selfAssessment(assessment.councilID)], on: db, dependencies: dependencies, change)
    }
}
