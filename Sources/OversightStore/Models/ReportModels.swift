import Fluent
import Foundation
import OversightDomain

/// One version of a report template. Copying or editing a template adds a row; a report points
/// at the row it was written with, so its layout never shifts under it.
public final class ReportTemplateModel: Model, @unchecked Sendable {
    public static let schema = "report_templates"

    @ID(key: .id) public var id: UUID?
    /// The template's versions share a family: "Committee report (standard)" versions 1, 2...
    @Field(key: "family_id") var familyID: UUID
    @Field(key: "name") var name: String
    @Field(key: "version") var version: Int
    @Field(key: "definition") var definition: String
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date

    public init() {}
}

public final class ReportModel: Model, @unchecked Sendable {
    public static let schema = "reports"

    @ID(key: .id) public var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "template_id") var templateID: UUID
    /// The kind of committee (`BodyKind`), kept beside `body_id` for a glance at the table; the
    /// committee itself is `body_id`. Before migration 0029 this held a fixed list's code.
    @Field(key: "body") var body: String
    /// The council's own body the report goes to (migration 0029).
    @OptionalField(key: "body_id") var bodyID: UUID?
    @Field(key: "meeting_date") var meetingDate: String
    @Field(key: "part") var part: String
    @Field(key: "title") var title: String
    /// The rest of the report as JSON (`ReportContent`): sections, contact, implications, papers.
    @Field(key: "content") var content: String
    @Field(key: "status") var status: String
    @OptionalField(key: "supersedes_id") var supersedesID: UUID?
    @OptionalField(key: "cleared_by") var clearedBy: String?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}
}

public final class ReportAppendixModel: Model, @unchecked Sendable {
    public static let schema = "report_appendices"

    @ID(key: .id) public var id: UUID?
    @Field(key: "report_id") var reportID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    @Field(key: "source") var source: String
    /// An exempt appendix's `Exemption` as JSON (migration 0030); nil for one as public as its report.
    @OptionalField(key: "exemption") var exemption: String?
    @Field(key: "created_at") var createdAt: Date

    public init() {}
}

/// The bytes of an uploaded appendix, read only for a download.
public final class ReportAppendixFileModel: Model, @unchecked Sendable {
    public static let schema = "report_appendix_files"

    @ID(key: .id) public var id: UUID?
    @Field(key: "data") var data: Data
    @Field(key: "sha256") var sha256: String

    public init() {}
}

/// What was published: the report and its appendices as one frozen document, with its checksum.
public final class ReportPublicationModel: Model, @unchecked Sendable {
    public static let schema = "report_publications"

    @ID(key: .id) public var id: UUID?
    @Field(key: "published_on") var publishedOn: String
    @Field(key: "published_by") var publishedBy: String
    @OptionalField(key: "late_reason") var lateReason: String?
    @Field(key: "document") var document: String
    @Field(key: "checksum") var checksum: String
    @Field(key: "published_at") var publishedAt: Date

    public init() {}
}

/// An administrator's change to the built-in bank holidays: a day added or taken away.
public final class BankHolidayChangeModel: Model, @unchecked Sendable {
    public static let schema = "bank_holiday_changes"

    @ID(key: .id) public var id: UUID?
    @Field(key: "date") var date: String
    @Field(key: "title") var title: String
    @Field(key: "change") var change: String
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date

    public init() {}
}
