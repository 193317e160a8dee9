import Fluent
import Foundation

/// A site text an administrator rewrote; see `M0028_CreatePublicTexts`.
public final class PublicTextModel: Model, @unchecked Sendable {
    public static let schema = "public_texts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "text") var text: String
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}
}

extension PublicTextModel: VersionedRow {}
