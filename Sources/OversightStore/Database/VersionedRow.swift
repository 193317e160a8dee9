import Fluent
import Foundation

/// A row edited under optimistic locking (`VersionedUpdate`): it is written first at version 1,
/// stamped with when it was created, and every edit after moves the version on.
protocol VersionedRow: Model {
    var version: Int { get set }
    var createdAt: Date { get set }
    var updatedAt: Date { get set }
}

extension VersionedRow {
    /// Writes the row as new, at version 1.
    func createFirstVersion(at now: Date, on db: any Database) async throws {
        version = 1
        createdAt = now
        updatedAt = now
        try await create(on: db)
    }
}

extension AgendaItemModel: VersionedRow {}
extension AuditRoundModel: VersionedRow {}
extension BoardActionModel: VersionedRow {}
extension CouncilModel: VersionedRow {}
extension ForwardPlanEntryModel: VersionedRow {}
extension GoverningBodyModel: VersionedRow {}
extension IndicatorModel: VersionedRow {}
extension InspectionModel: VersionedRow {}
extension JudgementModel: VersionedRow {}
extension MeetingModel: VersionedRow {}
extension MilestoneModel: VersionedRow {}
extension PersonModel: VersionedRow {}
extension PlanModel: VersionedRow {}
extension PriorityModel: VersionedRow {}
extension RecommendationModel: VersionedRow {}
extension ReportModel: VersionedRow {}
extension RiskModel: VersionedRow {}
extension SelfAssessmentModel: VersionedRow {}
extension UserModel: VersionedRow {}
