import Fluent
import Foundation
import OversightDomain

/// A self-assessment with everything in it.
public struct SelfAssessmentRecord: Sendable {
    public var assessment: SelfAssessment
    /// Area by area, question by question.
    public var sections: [AssessmentSection]
    public var judgements: [AreaJudgement]
    public var evidence: [EvidenceLink]

    public init(assessment: SelfAssessment, sections: [AssessmentSection], judgements: [AreaJudgement], evidence: [EvidenceLink]) {
        self.assessment = assessment
        self.sections = sections
        self.judgements = judgements
        self.evidence = evidence
    }

    public func section(area: Int, question: Int) -> AssessmentSection? {
        sections.first { $0.area == area && $0.question == question }
    }

    public func judgement(area: Int) -> AreaJudgement? { judgements.first { $0.area == area } }

    public func evidence(of section: AssessmentSection.ID) -> [EvidenceLink] { evidence.filter { $0.sectionID == section } }
}

public enum SelfAssessmentStore {
    public static func all(in council: Council.ID, on db: any Database) async throws -> [SelfAssessment] {
        try await SelfAssessmentModel.query(on: db).filter(\.$councilID == council.rawValue).sort(\.$periodTo, .descending).all()
            .map { try $0.toDomain() }
    }

    public static func find(_ id: SelfAssessment.ID, in council: Council.ID, on db: any Database) async throws -> SelfAssessment? {
        try await SelfAssessmentModel.query(on: db).filter(\.$id == id.rawValue).filter(\.$councilID == council.rawValue).first()?.toDomain()
    }

    public static func record(_ assessment: SelfAssessment, on db: any Database) async throws -> SelfAssessmentRecord {
        let sections = try await AssessmentSectionModel.query(on: db).filter(\.$assessmentID == assessment.id.rawValue)
            .sort(\.$area).sort(\.$question).all().map { try $0.toDomain() }
        let judgements = try await AreaJudgementModel.query(on: db).filter(\.$assessmentID == assessment.id.rawValue).sort(\.$area).all()
            .map { try $0.toDomain() }
        let evidence = sections.isEmpty ? [] : try await EvidenceLinkModel.query(on: db)
            .filter(\.$sectionID ~~ sections.map(\.id.rawValue)).sort(\.$createdAt).all().map { try $0.toDomain() }
        return SelfAssessmentRecord(assessment: assessment, sections: sections, judgements: judgements, evidence: evidence)
    }

    /// The assessment with an empty section for every area and question of its structure.
    public static func create(_ assessment: SelfAssessment, sectionIDs: () -> UUID, at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = SelfAssessmentModel()
        model.id = assessment.id.rawValue
        model.councilID = assessment.councilID.rawValue
        fill(model, from: assessment)
        model.structure = try canonicalJSON(assessment.structure)
        try await model.createFirstVersion(at: now, on: db)
        for area in assessment.structure.areas.indices {
            for question in assessment.structure.questions.indices {
                let section = AssessmentSectionModel()
                section.id = sectionIDs()
                section.assessmentID = assessment.id.rawValue
                section.area = area
                section.question = question
                section.text = ""
                section.version = 1
                section.createdAt = now
                section.updatedAt = now
                try await section.create(on: db)
            }
        }
    }

    public static func save(_ assessment: SelfAssessment, expectedVersion: Int, at now: Date, on change: Change) async throws {
        try await VersionedUpdate.apply(SelfAssessmentModel.self, id: assessment.id.rawValue, expectedVersion: expectedVersion, at: now,
                                        on: change) { fill($0, from: assessment) }
    }

    public static func saveSection(_ section: AssessmentSection, expectedVersion: Int, at now: Date, on change: Change) async throws {
        try await VersionedUpdate.apply(AssessmentSectionModel.self, id: section.id.rawValue, expectedVersion: expectedVersion, at: now,
                                        on: change) { $0.text = section.text }
    }

    /// Sets an area's grade and reasons, replacing any before.
    public static func setJudgement(_ judgement: AreaJudgement, id: UUID, on change: Change) async throws {
        let db = change.written()
        try await AreaJudgementModel.query(on: db).filter(\.$assessmentID == judgement.assessmentID.rawValue)
            .filter(\.$area == judgement.area).delete()
        let model = AreaJudgementModel()
        model.id = id
        model.assessmentID = judgement.assessmentID.rawValue
        model.area = judgement.area
        model.grade = judgement.grade.rawValue
        model.reasons = judgement.reasons
        try await model.create(on: db)
    }

    public static func addEvidence(_ link: EvidenceLink, at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = EvidenceLinkModel()
        model.id = link.id.rawValue
        model.sectionID = link.sectionID.rawValue
        model.kind = link.kind.rawValue
        model.targetID = link.targetID
        model.note = link.note
        model.createdAt = now
        try await model.create(on: db)
    }

    public static func removeEvidence(_ link: EvidenceLink.ID, on change: Change) async throws {
        let db = change.written()
        try await EvidenceLinkModel.query(on: db).filter(\.$id == link.rawValue).delete()
    }

    /// Written once, in the transaction that submits; never updated.
    public static func freeze(_ assessment: SelfAssessment.ID, document: String, at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = AssessmentSubmissionModel()
        model.id = assessment.rawValue
        model.document = document
        model.checksum = sha256Hex(document)
        model.submittedAt = now
        try await translatingConstraintFailures(field: "submission") { try await model.create(on: db) }
    }

    /// The frozen document and whether it still matches its checksum.
    public static func submission(of assessment: SelfAssessment.ID, on db: any Database) async throws -> (document: String, intact: Bool)? {
        guard let model = try await AssessmentSubmissionModel.find(assessment.rawValue, on: db) else { return nil }
        return (model.document, sha256Hex(model.document) == model.checksum)
    }

    /// An uploaded document's details, without its bytes.
    public struct Document: Sendable, Equatable {
        public var id: UUID
        public var assessmentID: SelfAssessment.ID
        public var fileName: String
        public var kind: EvidenceKind
        public var size: Int
    }

    public static func addDocument(_ id: UUID, to assessment: SelfAssessment.ID, fileName: String, kind: EvidenceKind, bytes: [UInt8],
                                   by author: String, at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = AssessmentDocumentModel()
        model.id = id
        model.assessmentID = assessment.rawValue
        model.fileName = fileName
        model.kind = kind.rawValue
        model.size = bytes.count
        model.data = Data(bytes)
        model.sha256 = sha256Hex(bytes)
        model.uploadedBy = author
        model.uploadedAt = now
        try await model.create(on: db)
    }

    /// The documents uploaded for a council's self-assessments, without their bytes.
    public static func documents(in council: Council.ID, on db: any Database) async throws -> [Document] {
        let assessments = try await SelfAssessmentModel.query(on: db).filter(\.$councilID == council.rawValue).field(\.$id).all()
            .compactMap(\.id)
        guard !assessments.isEmpty else { return [] }
        return try await AssessmentDocumentModel.query(on: db).filter(\.$assessmentID ~~ assessments)
            .field(\.$id).field(\.$assessmentID).field(\.$fileName).field(\.$kind).field(\.$size).all()
            .compactMap { model in
                guard let id = model.id, let kind = EvidenceKind(rawValue: model.kind) else { return nil }
                return Document(id: id, assessmentID: .init(model.assessmentID), fileName: model.fileName, kind: kind, size: model.size)
            }
    }

    /// A document's bytes, when it belongs to this self-assessment.
    public static func document(_ id: UUID, of assessment: SelfAssessment.ID, on db: any Database) async throws -> (Document, Data)? {
        guard let model = try await AssessmentDocumentModel.query(on: db).filter(\.$id == id).filter(\.$assessmentID == assessment.rawValue)
            .first(), let kind = EvidenceKind(rawValue: model.kind) else { return nil }
        return (Document(id: id, assessmentID: assessment, fileName: model.fileName, kind: kind, size: model.size), model.data)
    }

    private static func fill(_ model: SelfAssessmentModel, from assessment: SelfAssessment) {
        model.title = assessment.title
        model.purpose = assessment.purpose.rawValue
        model.periodFrom = assessment.periodFrom.iso
        model.periodTo = assessment.periodTo.iso
        model.authorID = assessment.authorID.rawValue
        model.status = assessment.status.rawValue
        model.agreedOn = assessment.agreedOn?.iso
        model.submittedOn = assessment.submittedOn?.iso
    }
}
