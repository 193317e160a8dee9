import Fluent
import Foundation
import OversightDomain

public final class ForwardPlanEntryModel: Model, @unchecked Sendable {
    public static let schema = "forward_plan_entries"

    @ID(key: .id) public var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "body_id") var bodyID: UUID
    @Field(key: "reference") var reference: String
    @Field(key: "matter") var matter: String
    @Field(key: "decision_date") var decisionDate: String
    @OptionalField(key: "published_on") var publishedOn: String?
    @OptionalField(key: "withdrawn") var withdrawn: String?
    @OptionalField(key: "report_id") var reportID: UUID?
    /// `ForwardPlanDetails` as JSON.
    @Field(key: "details") var details: String
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}

    func toDomain() throws -> ForwardPlanEntry {
        guard let id, let date = CalendarDate(iso: decisionDate),
              let details = try? JSONDecoder().decode(ForwardPlanDetails.self, from: Data(details.utf8)) else {
            throw StoreError.corrupt("forward plan entry \(reference)")
        }
        var published: CalendarDate?
        if let publishedOn {
            guard let day = CalendarDate(iso: publishedOn) else { throw StoreError.corrupt("forward plan entry \(reference)") }
            published = day
        }
        return ForwardPlanEntry(id: .init(id), councilID: .init(councilID), reference: reference, matter: matter, summary: details.summary,
                                decisionMaker: .init(bodyID), decisionDate: date, documents: details.documents,
                                reportID: reportID.map { .init($0) }, contact: details.contact, published: published,
                                route: details.route, privateMeeting: details.privateMeeting, withdrawn: withdrawn, version: version)
    }
}

/// The parts of an entry kept together as JSON.
struct ForwardPlanDetails: Codable {
    var summary: String
    var documents: [String]
    var contact: String
    var route: KeyDecisionRoute
    var privateMeeting: PrivateMeetingNotice?
}
