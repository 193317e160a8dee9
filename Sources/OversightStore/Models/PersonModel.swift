import Fluent
import Foundation
import OversightDomain

public final class PersonModel: Model, @unchecked Sendable {
    public static let schema = "people"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "council_id") var council: CouncilModel
    @Field(key: "name") var name: String
    @OptionalField(key: "job_title") var jobTitle: String?
    @OptionalField(key: "telephone") var telephone: String?
    @OptionalField(key: "email") var email: String?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}

    func toDomain() throws -> Person {
        guard let id else { throw StoreError.corrupt("person without id") }
        return Person(id: .init(id), councilID: .init($council.id), name: name, jobTitle: jobTitle,
                      telephone: telephone, email: email, version: version)
    }
}
