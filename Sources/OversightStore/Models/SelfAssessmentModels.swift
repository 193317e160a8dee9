import Fluent
import Foundation
import OversightDomain

public final class SelfAssessmentModel: Model, @unchecked Sendable {
    public static let schema = "self_assessments"

    @ID(key: .id) public var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "title") var title: String
    @Field(key: "purpose") var purpose: String
    @Field(key: "period_from") var periodFrom: String
    @Field(key: "period_to") var periodTo: String
    @Field(key: "author_id") var authorID: UUID
    @Field(key: "status") var status: String
    @Field(key: "structure") var structure: String
    @OptionalField(key: "agreed_on") var agreedOn: String?
    @OptionalField(key: "submitted_on") var submittedOn: String?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}

    func toDomain() throws -> SelfAssessment {
        guard let id, let purpose = AssessmentPurpose.from(code: purpose), let from = CalendarDate(iso: periodFrom),
              let to = CalendarDate(iso: periodTo), let status = AssessmentStatus.from(code: status),
              let structure = try? JSONDecoder().decode(AssessmentStructure.self, from: Data(structure.utf8)) else {
            throw StoreError.corrupt("self-assessment \(title)")
        }
        return SelfAssessment(id: .init(id), councilID: .init(councilID), title: title, purpose: purpose, periodFrom: from, periodTo: to,
                              authorID: .init(authorID), status: status, structure: structure,
                              agreedOn: agreedOn.flatMap { CalendarDate(iso: $0) }, submittedOn: submittedOn.flatMap { CalendarDate(iso: $0) },
                              version: version)
    }
}

public final class AssessmentSectionModel: Model, @unchecked Sendable {
    public static let schema = "assessment_sections"

    @ID(key: .id) public var id: UUID?
    @Field(key: "assessment_id") var assessmentID: UUID
    @Field(key: "area") var area: Int
    @Field(key: "question") var question: Int
    @Field(key: "text") var text: String
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}

    func toDomain() throws -> AssessmentSection {
        guard let id else { throw StoreError.corrupt("assessment section") }
        return AssessmentSection(id: .init(id), assessmentID: .init(assessmentID), area: area, question: question, text: text, version: version)
    }
}

public final class AreaJudgementModel: Model, @unchecked Sendable {
    public static let schema = "area_judgements"

    @ID(key: .id) public var id: UUID?
    @Field(key: "assessment_id") var assessmentID: UUID
    @Field(key: "area") var area: Int
    @Field(key: "grade") var grade: String
    @Field(key: "reasons") var reasons: String

    public init() {}

    func toDomain() throws -> AreaJudgement {
        guard let grade = Grade.from(code: grade) else { throw StoreError.corrupt("area judgement") }
        return AreaJudgement(assessmentID: .init(assessmentID), area: area, grade: grade, reasons: reasons)
    }
}

public final class EvidenceLinkModel: Model, @unchecked Sendable {
    public static let schema = "evidence_links"

    @ID(key: .id) public var id: UUID?
    @Field(key: "section_id") var sectionID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "target_id") var targetID: String
    @OptionalField(key: "note") var note: String?
    @Field(key: "created_at") var createdAt: Date

    public init() {}

    func toDomain() throws -> EvidenceLink {
        guard let id, let kind = EvidenceLink.Kind.from(code: kind) else { throw StoreError.corrupt("evidence link") }
        return EvidenceLink(id: .init(id), sectionID: .init(sectionID), kind: kind, targetID: targetID, note: note)
    }
}

/// The frozen document of a submitted self-assessment; its id is the assessment's.
public final class AssessmentSubmissionModel: Model, @unchecked Sendable {
    public static let schema = "assessment_submissions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "document") var document: String
    @Field(key: "checksum") var checksum: String
    @Field(key: "submitted_at") var submittedAt: Date

    public init() {}
}

public final class AssessmentDocumentModel: Model, @unchecked Sendable {
    public static let schema = "assessment_documents"

    @ID(key: .id) public var id: UUID?
    @Field(key: "assessment_id") var assessmentID: UUID
    @Field(key: "file_name") var fileName: String
    @Field(key: "kind") var kind: String
    @Field(key: "size") var size: Int
    @Field(key: "data") var data: Data
    @Field(key: "sha256") var sha256: String
    @Field(key: "uploaded_by") var uploadedBy: String
    @Field(key: "uploaded_at") var uploadedAt: Date

    public init() {}
}
