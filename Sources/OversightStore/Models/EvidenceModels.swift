import Fluent
import Foundation
import OversightDomain

public final class EvidenceFileModel: Model, @unchecked Sendable {
    public static let schema = "evidence_files"

    @ID(key: .id) public var id: UUID?
    @Field(key: "update_id") var updateID: UUID
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "file_name") var fileName: String
    @Field(key: "kind") var kind: String
    @Field(key: "size") var size: Int
    @Field(key: "sha256") var sha256: String
    @Field(key: "created_at") var createdAt: Date

    public init() {}

    func toDomain() throws -> EvidenceFile {
        guard let id, let kind = EvidenceKind(rawValue: kind) else { throw StoreError.corrupt("evidence file is unreadable") }
        return EvidenceFile(id: .init(id), updateID: .init(updateID), fileName: fileName, kind: kind, size: size,
                            sha256: sha256)
    }
}

/// The bytes of an evidence file, read only when someone downloads it.
public final class EvidenceContentModel: Model, @unchecked Sendable {
    public static let schema = "evidence_contents"

    @ID(key: .id) public var id: UUID?
    @Field(key: "data") var data: Data

    public init() {}
}
